using System.CommandLine;
using System.CommandLine.Parsing;
using DossierGen.Diagnostics;

namespace DossierGen.Cli.Commands;

/// <summary>
/// Turns what System.CommandLine found wrong into one clear line per mistake, with the nearest
/// command or option. A mistyped command is one line (not three: the unknown word, the file after
/// it, and "required command was not provided"), and an unknown option is reported alone, since the
/// words after it are then misread too.
/// </summary>
internal static class UsageErrors
{
    public static IReadOnlyList<UsageError> Find(ParseResult parse)
    {
        var command = parse.CommandResult;
        if (parse.Errors.Count == 0 && parse.Action is not null && !ReferenceEquals(parse.Action, command.Command.Action))
        {
            // --help or --version answers instead of the command, whatever else the line lacks.
            return [];
        }

        if (command.Command.Subcommands.Count > 0)
        {
            return MissingOrUnknownCommand(parse, command);
        }

        var unknown = UnknownOptions.Find(parse).ToList();
        if (unknown.Count > 0)
        {
            return unknown;
        }

        var found = new List<UsageError>();
        found.AddRange(parse.UnmatchedTokens.Select(extra => new UsageError(
            DiagnosticCodes.InvalidArgument,
            $"'{extra}' is one argument too many: '{Path(command)}' takes {(command.Command.Arguments.Count == 0 ? "no arguments" : string.Join(" ", command.Command.Arguments.Select(Placeholder)))}")));
        foreach (var argument in command.Command.Arguments.Where(a => a.Arity.MinimumNumberOfValues > 0 && (parse.GetResult(a)?.Tokens.Count ?? 0) == 0))
        {
            found.Add(new UsageError(DiagnosticCodes.InvalidArgument, $"'{Path(command)}' needs {Placeholder(argument)}{Described(argument.Description)}; see '{Path(command)} --help'"));
        }

        foreach (var option in command.Command.Options.Where(o => o.Required && parse.GetResult(o) is null or { Implicit: true }))
        {
            found.Add(new UsageError(DiagnosticCodes.InvalidArgument, $"'{Path(command)}' needs {option.Name}{Described(option.Description)}"));
        }

        foreach (var given in command.Children.OfType<OptionResult>().Where(o => !o.Implicit))
        {
            var written = OptionChecks.Written(given);
            if (given.Option.Arity.MinimumNumberOfValues > 0 && given.Tokens.Count == 0)
            {
                found.Add(new UsageError(DiagnosticCodes.InvalidArgument, $"{written} needs a value"));
            }
            else if (given.Tokens.Count > given.Option.Arity.MaximumNumberOfValues)
            {
                found.Add(new UsageError(DiagnosticCodes.InvalidArgument, $"{written} is given more than once"));
            }
        }

        found.AddRange(parse.Errors.Select(e => Checked(e.Message)).OfType<UsageError>());
        if (found.Count == 0)
        {
            // A fault System.CommandLine found that none of the above names: its own words, on one line.
            found.AddRange(parse.Errors.Select(e => new UsageError(DiagnosticCodes.InvalidArgument, string.Join(" ", e.Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))));
        }

        return [.. found.Distinct()];
    }

    /// <summary>The command as typed: "dossiergen rules lint".</summary>
    public static string Path(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult { Parent: not null } sub; result = sub.Parent)
        {
            names.Insert(0, sub.Command.Name);
        }

        return string.Join(" ", names.Prepend("dossiergen"));
    }

    private static IReadOnlyList<UsageError> MissingOrUnknownCommand(ParseResult parse, CommandResult command)
    {
        var names = command.Command.Subcommands.Select(c => c.Name).ToList();
        var list = $"the commands are {string.Join(", ", names)}; see '{Path(command)} --help'";
        if (parse.UnmatchedTokens.Count == 0)
        {
            return parse.Errors.Count == 0 ? [] : [new UsageError(DiagnosticCodes.InvalidArgument, $"no command given; {list}")];
        }

        var word = parse.UnmatchedTokens[0];
        if (word.StartsWith('-'))
        {
            return [UnknownOptions.Describe(word, command)];
        }

        var where = command.Parent is null ? "a dossiergen command" : $"a '{Path(command)}' command";
        var hint = NearMiss.Hint(word, names);
        return [new UsageError(DiagnosticCodes.UnknownCommandOrOption, $"'{word}' is not {where}{(hint.Length > 0 ? hint : "; " + list)}")];
    }

    /// <summary>An error one of <see cref="OptionChecks"/>' checks added ("DG9004: ..."), or null for System.CommandLine's own.</summary>
    private static UsageError? Checked(string message)
    {
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        return message.StartsWith("DG9", StringComparison.Ordinal) && colon == 6 ? new UsageError(message[..colon], message[(colon + 2)..]) : null;
    }

    private static string Placeholder(Argument argument) => argument.Name.ToUpperInvariant();

    private static string Described(string? description) =>
        string.IsNullOrEmpty(description) ? "" : $" ({char.ToLowerInvariant(description[0])}{description[1..]})";
}

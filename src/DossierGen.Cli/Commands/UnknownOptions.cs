using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using DossierGen.Diagnostics;

namespace DossierGen.Cli.Commands;

/// <summary>
/// System.CommandLine hands a token it does not know as an option (<c>--bogus</c>) to the
/// command's file argument, so <c>validate --strict x.yaml</c> would complain about a file named
/// "--strict". A token that looks like an option, is no number and names no existing file is
/// reported as the unknown option it is, with the nearest real one.
/// </summary>
internal static class UnknownOptions
{
    public static IEnumerable<UsageError> Find(ParseResult parse)
    {
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                yield break;
            }

            var text = token.Value;
            if (token.Type != TokenType.Argument || text.Length < 2 || text[0] != '-'
                || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || File.Exists(text) || Directory.Exists(text))
            {
                continue;
            }

            // A token left over was never mistaken for a file; one in an argument's place may be a file's name.
            yield return Describe(text, parse.CommandResult, takenAsArgument: !parse.UnmatchedTokens.Contains(text));
        }
    }

    public static UsageError Describe(string text, CommandResult command, bool takenAsArgument = false)
    {
        var known = command.Command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-')).ToList();
        var file = takenAsArgument ? "; to name a file that starts with '-', put '--' before it" : "";
        return new UsageError(DiagnosticCodes.UnknownCommandOrOption, $"'{text}' is not an option of '{UsageErrors.Path(command)}'{NearMiss.Hint(text, known)}{file}");
    }
}

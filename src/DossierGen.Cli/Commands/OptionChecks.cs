using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using DossierGen.Diagnostics;

namespace DossierGen.Cli.Commands;

/// <summary>
/// Checks of option values, made while the command line is parsed so that a wrong value is a usage
/// error in one line (never an exception from a conversion): each error is added as "DG9xxx: message"
/// and <see cref="UsageErrors"/> prints it as it is.
/// </summary>
internal static class OptionChecks
{
    /// <summary>The most changes <c>batch</c> generates at once.</summary>
    public const int MaximumJobs = 256;

    public static void Fail(SymbolResult result, string code, string message) => result.AddError($"{code}: {message}");

    /// <summary>The option as the user wrote it (<c>-o</c> or <c>--output</c>).</summary>
    public static string Written(SymbolResult result) => result switch
    {
        OptionResult option => option.IdentifierToken?.Value ?? option.Option.Name,
        ArgumentResult { Parent: OptionResult option } => option.IdentifierToken?.Value ?? option.Option.Name,
        _ => "the value",
    };

    /// <summary>The value must be one of <paramref name="values"/>, exactly as written there.</summary>
    public static void OneOf(Option option, params string[] values) => option.Validators.Add(result =>
    {
        foreach (var token in result.Tokens.Where(t => !values.Contains(t.Value, StringComparer.Ordinal)))
        {
            Fail(result, DiagnosticCodes.InvalidArgument, $"{Written(result)} '{token.Value}' is not one of {string.Join(", ", values)}{NearMiss.Hint(token.Value, values)}");
        }
    });

    /// <summary>DossierGen writes folders (or a Word file), never to standard output, so '-' is refused rather than made a folder.</summary>
    /// <param name="what">"folder" or "file".</param>
    /// <param name="writes">What the command writes, as in "DossierGen writes a folder of files".</param>
    public static void OutputPath(Option option, string what, string writes) => option.Validators.Add(result =>
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.Length == 0)
            {
                Fail(result, DiagnosticCodes.InvalidArgument, $"{Written(result)} needs a {what} name");
            }
            else if (token.Value == "-")
            {
                Fail(result, DiagnosticCodes.InvalidArgument, $"{Written(result)} '-' would be a {what} named '-': {writes}, not standard output (write ./- for such a {what})");
            }
        }
    });

    /// <summary><c>--as-of DATE</c>, read as a date while parsing: a wrong one is a usage error naming the option.</summary>
    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "Evaluate the rules as of this date (YYYY-MM-DD); default: the change's implementation-date, else today",
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return null;
            }

            var text = result.Tokens[0].Value;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Fail(result, DiagnosticCodes.InvalidDateArgument, $"{Written(result)} '{text}' is not a date written YYYY-MM-DD");
            return null;
        },
    };

    /// <summary><c>--jobs N</c>: a whole number from 1 to <see cref="MaximumJobs"/>; anything else is a usage error, not a conversion exception.</summary>
    public static Option<int> Jobs()
    {
        var byDefault = Math.Min(Environment.ProcessorCount, MaximumJobs);
        return new Option<int>("--jobs", "-j")
        {
            Description = $"Changes generated at once, 1 to {MaximumJobs} (default: the number of processors)",
            DefaultValueFactory = _ => byDefault,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return byDefault;
                }

                var text = result.Tokens[0].Value;
                if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var jobs) && jobs is >= 1 and <= MaximumJobs)
                {
                    return jobs;
                }

                Fail(result, DiagnosticCodes.InvalidArgument, $"{Written(result)} must be a whole number from 1 to {MaximumJobs}, not '{text}'");
                return byDefault;
            },
        };
    }
}

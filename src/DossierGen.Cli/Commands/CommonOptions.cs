using System.CommandLine;
using System.Globalization;
using DossierGen.Diagnostics;

namespace DossierGen.Cli.Commands;

/// <summary>Options several commands share, and their parsing into values.</summary>
internal static class CommonOptions
{
    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Evaluate the rules as of this date (YYYY-MM-DD); default: the change's implementation-date, else today",
    };

    /// <summary>Parses --as-of; a malformed date is a usage error with a diagnostic, not an exception.</summary>
    public static bool TryParseDate(string? text, DiagnosticBag diagnostics, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        diagnostics.Error(DiagnosticCodes.InvalidDateArgument, new SourceLocation("--as-of", 1, 1), $"'{text}' is not a date written YYYY-MM-DD");
        return false;
    }

    /// <summary>Today in UTC: the only place DossierGen reads the clock, and only when no date is given.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}

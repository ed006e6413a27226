namespace DossierGen.Cli.Commands;

/// <summary>What several commands share beyond their options (those are checked in <see cref="OptionChecks"/>).</summary>
internal static class CommonOptions
{
    /// <summary>Today in UTC: the only place DossierGen reads the clock, and only when no date is given.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}

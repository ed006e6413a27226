using System.CommandLine;

namespace DossierGen.Cli.Commands;

/// <summary>What several commands share beyond the option checks of <see cref="OptionChecks"/>.</summary>
internal static class CommonOptions
{
    /// <summary>check, batch and impact fail when they find no change file, so a gate pointed at the wrong folder cannot pass.</summary>
    public static Option<bool> AllowEmpty() => new("--allow-empty")
    {
        Description = "Succeed when the folder holds no change file (by default that is an error, so a CI gate pointed at the wrong folder fails)",
    };

    /// <summary>generate and batch: a PDF beside every Word document, made with LibreOffice.</summary>
    public static Option<bool> Pdf() => new("--pdf")
    {
        Description = "Also write a PDF beside each Word document (LibreOffice, headless): PDF 1.6, fonts embedded, bookmarks from the headings",
    };

    /// <summary>generate and batch: how the documents are arranged (per market, or the eCTD tree).</summary>
    public static Option<string> Layout()
    {
        var option = new Option<string>("--layout")
        {
            Description = "markets (default): US/, EU/, JP/ with each market's Module 1 and M3/ with the shared Module 3; ectd: the eCTD v3.2.2 tree (m1/us, m1/eu, m1/jp, m3/32-body-data/...) with the ICH folder and file names",
            DefaultValueFactory = _ => "markets",
        };
        OptionChecks.OneOf(option, "markets", "ectd");
        return option;
    }

    /// <summary>The layout an accepted --layout value names.</summary>
    public static Generation.DossierLayout LayoutOf(string? value) => value == "ectd" ? Generation.DossierLayout.Ectd : Generation.DossierLayout.Markets;

    /// <summary>Today in UTC: the only place DossierGen reads the clock, and only when no date is given.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);
}

namespace DossierGen.Templates.Model;

/// <summary>A market's part of the memo's "Rules that almost applied".</summary>
public sealed record NearMissMarketModel
{
    /// <summary>The market's name in English.</summary>
    public required string MarketName { get; init; }

    /// <summary>The rules one condition away from applying, change by change.</summary>
    public required IReadOnlyList<NearMissRowModel> Rows { get; init; }
}

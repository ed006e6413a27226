namespace DossierGen.Templates.Model;

/// <summary>A market's findings in the assessment.</summary>
public sealed record MarketFindingsModel
{
    /// <summary>The market's name in English.</summary>
    public required string MarketName { get; init; }

    /// <summary>Its findings (without the verify findings).</summary>
    public required IReadOnlyList<FindingModel> Findings { get; init; }

    /// <summary>True when <see cref="Findings"/> is not empty.</summary>
    public required bool HasFindings { get; init; }
}

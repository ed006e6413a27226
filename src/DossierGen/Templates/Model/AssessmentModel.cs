namespace DossierGen.Templates.Model;

/// <summary>What the assessment template sees: every market side by side.</summary>
public sealed record AssessmentModel
{
    /// <summary>The document: change control and product (no market, no section).</summary>
    public required DocumentModel Doc { get; init; }

    /// <summary>The entries the Module 1 documents leave open, per document (market order, then the outline's).</summary>
    public required IReadOnlyList<PlaceholderModel> Placeholders { get; init; }

    /// <summary>True when <see cref="Placeholders"/> is not empty.</summary>
    public required bool HasPlaceholders { get; init; }

    /// <summary>The markets the product is filed in (US, EU, JP order), with their procedures.</summary>
    public required IReadOnlyList<AssessmentMarketModel> Markets { get; init; }

    /// <summary>One row per change: its procedure in each market, in the order of <see cref="Markets"/>.</summary>
    public required IReadOnlyList<MatrixRowModel> Matrix { get; init; }

    /// <summary>One row per evidence kind any market asks for, sorted by kind.</summary>
    public required IReadOnlyList<EvidencePlanRowModel> EvidencePlan { get; init; }

    /// <summary>One row per referenced master file.</summary>
    public required IReadOnlyList<MasterFileUseModel> MasterFileUse { get; init; }

    /// <summary>True when <see cref="MasterFileUse"/> is not empty.</summary>
    public required bool HasMasterFiles { get; init; }

    /// <summary>One row per change that names a registered element (product <c>registered:</c>).</summary>
    public IReadOnlyList<RegisteredRowModel> Registered { get; init; } = [];

    /// <summary>True when <see cref="Registered"/> is not empty.</summary>
    public bool HasRegistered { get; init; }

    /// <summary>Per market, every rule that fired for every change.</summary>
    public required IReadOnlyList<TraceMarketModel> Trace { get; init; }

    /// <summary>Per market with any, the classification rules one condition away from applying to a change (as <c>explain</c> reports them).</summary>
    public required IReadOnlyList<NearMissMarketModel> NearMisses { get; init; }

    /// <summary>True when <see cref="NearMisses"/> is not empty.</summary>
    public required bool HasNearMisses { get; init; }

    /// <summary>Per market, the findings (without the verify findings).</summary>
    public required IReadOnlyList<MarketFindingsModel> FindingsByMarket { get; init; }

    /// <summary>The verify box's lines of every market, each once.</summary>
    public required IReadOnlyList<string> VerifyNotes { get; init; }

    /// <summary>True when <see cref="VerifyNotes"/> is not empty.</summary>
    public required bool HasVerify { get; init; }

    /// <summary>Every comparability study of the change file, in its order.</summary>
    public required IReadOnlyList<StudyModel> Studies { get; init; }

    /// <summary>True when <see cref="Studies"/> is not empty.</summary>
    public required bool HasStudies { get; init; }

    /// <summary>The footnotes the citation marks of the rule trace and the near misses refer to.</summary>
    public required IReadOnlyList<CitationModel> Citations { get; init; }
}

using DossierGen.Inputs;

namespace DossierGen.Assessment;

/// <summary>The decision for a whole change file: one market assessment per market, in US, EU, JP order.</summary>
public sealed record ChangeAssessment(ChangeDescription Description, DateOnly AsOf, IReadOnlyList<MarketAssessment> Markets)
{
    /// <summary>The change file's comparability studies, judged, in its order.</summary>
    public IReadOnlyList<Comparability.StudyAnalysis> Comparability { get; init; } = [];

    /// <summary>
    /// The rule set the markets were assessed with, kept so the internal memo can show the rules
    /// that nearly applied (one condition off) without every caller of the generator passing it
    /// again; null for an assessment built by hand, whose memo then lists no near misses.
    /// </summary>
    public Rules.RuleSet? Rules { get; init; }
}

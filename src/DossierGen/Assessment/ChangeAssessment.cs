using DossierGen.Inputs;

namespace DossierGen.Assessment;

/// <summary>The decision for a whole change file: one market assessment per market, in US, EU, JP order.</summary>
public sealed record ChangeAssessment(ChangeDescription Description, DateOnly AsOf, IReadOnlyList<MarketAssessment> Markets)
{
    /// <summary>The change file's comparability studies, judged, in its order.</summary>
    public IReadOnlyList<Comparability.StudyAnalysis> Comparability { get; init; } = [];
}

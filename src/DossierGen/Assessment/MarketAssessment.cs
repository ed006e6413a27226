using DossierGen.Inputs;

namespace DossierGen.Assessment;

public sealed record MarketAssessment(
    Market Market,
    Stage Stage,
    string Procedure,
    IReadOnlyList<ChangeDecision> Changes,
    IReadOnlyList<EvidenceItem> Evidence,
    IReadOnlyList<Finding> Findings);

using DossierGen.Assessment;
using DossierGen.Inputs;

namespace DossierGen.Explain;

/// <summary>Why one change got its procedure in one market.</summary>
/// <param name="Fired">Every rule that fired (classification, adjustment, evidence, master file), with its trace.</param>
/// <param name="NearMisses">Rules that would have fired with one condition different: what would change the answer.</param>
public sealed record ChangeExplanation(
    Market Market,
    Stage Stage,
    ChangeDecision Decision,
    IReadOnlyList<RuleTrace> Fired,
    IReadOnlyList<RuleNearMiss> NearMisses);

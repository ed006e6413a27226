using DossierGen.Diagnostics;
using DossierGen.Inputs;

namespace DossierGen.Rules;

/// <summary>One decision rule, as written in a rules file under rules/fda, rules/ema or rules/pmda.</summary>
/// <param name="Stage">The stage the rule applies to, or null for both.</param>
/// <param name="Verify">The fact base marks the rule's source as unconfirmed; every output that uses the rule says so.</param>
public sealed record Rule(
    string Id,
    string Title,
    Market Market,
    Stage? Stage,
    RulePhase Phase,
    RuleSubject Subject,
    Condition When,
    RuleOutcome Then,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveUntil,
    IReadOnlyList<Citation> Citations,
    bool Verify,
    string? Note,
    SourceLocation Location,
    string? TitleJa = null)
{
    /// <summary>
    /// A deciding rule (procedure or master-file use) resting on an unconfirmed point: documents name
    /// it in their verify box. Evidence rules are named there through the evidence they ask for.
    /// </summary>
    public bool NamedInVerifyBox => Verify && (Then.Procedure is not null || Then.MasterFile is not null);

    public bool InForceOn(DateOnly date) => (EffectiveFrom is null || date >= EffectiveFrom) && (EffectiveUntil is null || date <= EffectiveUntil);
}

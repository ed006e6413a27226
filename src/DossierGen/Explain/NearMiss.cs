using DossierGen.Rules;

namespace DossierGen.Explain;

/// <summary>A rule with a procedure that did not fire because exactly one of its top-level conditions failed.</summary>
/// <param name="Failed">The one condition that failed, with the actual value.</param>
public sealed record RuleNearMiss(Rule Rule, ConditionTrace Failed);

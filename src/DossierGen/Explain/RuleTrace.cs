using DossierGen.Rules;

namespace DossierGen.Explain;

/// <summary>One rule as evaluated for a change: its conditions with actual values, and whether it fired.</summary>
public sealed record RuleTrace(Rule Rule, ConditionTrace Trace);

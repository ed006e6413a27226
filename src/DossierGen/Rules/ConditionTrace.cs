namespace DossierGen.Rules;

/// <summary>One condition as evaluated: its result and, for a fact test, the actual value (null when the change has no such fact).</summary>
public sealed record ConditionTrace(Condition Condition, bool Result, string? Actual, IReadOnlyList<ConditionTrace> Children);

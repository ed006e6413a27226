using DossierGen.Rules;

namespace DossierGen.Explain;

/// <summary>
/// A condition as evaluated, on one line with the actual value of every fact it tested: the memo
/// shows a near miss's failed condition in a table cell, where the indented form of
/// <c>explain</c> does not fit.
/// </summary>
public static class ConditionTraceText
{
    public static string Of(ConditionTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return trace.Condition switch
        {
            FactCondition fact => $"{fact.Describe()} (actual: {trace.Actual ?? "not given"})",
            NotCondition => $"not ({Of(trace.Children[0])})",
            AnyCondition => "any of: " + string.Join("; ", trace.Children.Select(Of)),
            AllCondition => "all of: " + string.Join("; ", trace.Children.Select(Of)),
            _ => "",
        };
    }
}

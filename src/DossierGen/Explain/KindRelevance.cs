using DossierGen.Rules;

namespace DossierGen.Explain;

/// <summary>
/// What part of a failed condition a change could still meet. A change's kind is what it is: a
/// condition that fails only because it asks for another kind can never hold for it, so such a rule
/// is no near miss, and the branches of an <c>any</c> written for other kinds only hide the one
/// that matters.
/// </summary>
public static class KindRelevance
{
    private const string KindFact = "change.kind";

    /// <summary>True when the condition failed, and cannot hold, because of the change's kind.</summary>
    public static bool FailsOnKind(ConditionTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return !trace.Result && trace.Condition switch
        {
            FactCondition fact => fact.Fact == KindFact,
            NotCondition => trace.Children[0].Condition is FactCondition { Fact: KindFact },
            AllCondition => trace.Children.Any(FailsOnKind),
            AnyCondition => trace.Children.All(FailsOnKind),
            _ => false,
        };
    }

    /// <summary>
    /// A failed condition without what does not bear on the change: the branches of an <c>any</c>
    /// for other kinds and, within an <c>all</c>, the kind tests it meets; a group left with one
    /// part is that part.
    /// </summary>
    public static ConditionTrace Relevant(ConditionTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var kept = trace.Condition switch
        {
            AnyCondition => trace.Children.Where(c => !FailsOnKind(c)).ToList(),
            AllCondition => trace.Children.Where(c => !(c.Result && c.Condition is FactCondition { Fact: KindFact })).ToList(),
            _ => null,
        };
        if (kept is null || kept.Count == 0)
        {
            return trace;
        }

        return kept.Count == 1 ? Relevant(kept[0]) : trace with { Children = [.. kept.Select(Relevant)] };
    }
}

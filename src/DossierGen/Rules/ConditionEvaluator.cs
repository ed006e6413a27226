using DossierGen.Facts;
using DossierGen.Inputs;

namespace DossierGen.Rules;

/// <summary>Evaluates rule conditions against facts: a fast yes/no for assessment, a full trace for explain.</summary>
public static class ConditionEvaluator
{
    public static bool Holds(Condition condition, FactSet facts) => condition switch
    {
        AllCondition all => all.Conditions.All(c => Holds(c, facts)),
        AnyCondition any => any.Conditions.Any(c => Holds(c, facts)),
        NotCondition not => !Holds(not.Inner, facts),
        FactCondition fact => Test(fact, facts.Get(fact.Fact)),
        _ => throw new InvalidOperationException($"unknown condition {condition.GetType().Name}"),
    };

    public static ConditionTrace Trace(Condition condition, FactSet facts)
    {
        switch (condition)
        {
            case AllCondition all:
                var allChildren = all.Conditions.Select(c => Trace(c, facts)).ToList();
                return new ConditionTrace(condition, allChildren.TrueForAll(c => c.Result), null, allChildren);
            case AnyCondition any:
                var anyChildren = any.Conditions.Select(c => Trace(c, facts)).ToList();
                return new ConditionTrace(condition, anyChildren.Exists(c => c.Result), null, anyChildren);
            case NotCondition not:
                var inner = Trace(not.Inner, facts);
                return new ConditionTrace(condition, !inner.Result, null, [inner]);
            case FactCondition fact:
                var actual = facts.Get(fact.Fact);
                return new ConditionTrace(condition, Test(fact, actual), actual?.ToString(), []);
            default:
                throw new InvalidOperationException($"unknown condition {condition.GetType().Name}");
        }
    }

    private static bool Test(FactCondition condition, FactValue? actual) => condition.Operator switch
    {
        ConditionOperator.Exists => (actual is not null) == (condition.Operands[0] == "true"),
        ConditionOperator.EqualTo => actual is not null && Text(actual) == condition.Operands[0],
        ConditionOperator.In => actual is not null && condition.Operands.Contains(Text(actual)),
        ConditionOperator.AtLeast => Number(actual) is { } n && n >= condition.Number,
        ConditionOperator.AtMost => Number(actual) is { } m && m <= condition.Number,
        _ => false,
    };

    private static string Text(FactValue value) => value switch
    {
        FactValue.Text t => t.Value,
        FactValue.Flag f => f.Value ? "true" : "false",
        _ => value.ToString()!,
    };

    private static decimal? Number(FactValue? value) => value is FactValue.Number n ? n.Value : null;
}

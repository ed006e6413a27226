using DossierGen.Diagnostics;

namespace DossierGen.Rules;

/// <summary>A rule's <c>when</c>: a tree of all / any / not over fact tests, each with its place in the rule file.</summary>
public abstract record Condition(SourceLocation Location);

public sealed record AllCondition(IReadOnlyList<Condition> Conditions, SourceLocation Location) : Condition(Location);

public sealed record AnyCondition(IReadOnlyList<Condition> Conditions, SourceLocation Location) : Condition(Location);

public sealed record NotCondition(Condition Inner, SourceLocation Location) : Condition(Location);

/// <param name="Operands">One value for equals/at-least/at-most/exists, the list for in. Text, "true"/"false" or a number as written.</param>
public sealed record FactCondition(string Fact, ConditionOperator Operator, IReadOnlyList<string> Operands, SourceLocation Location, SourceLocation FactLocation) : Condition(Location)
{
    /// <summary>The operand of at-least / at-most, parsed once when the rule is read.</summary>
    public decimal Number { get; } = Operator is ConditionOperator.AtLeast or ConditionOperator.AtMost
        ? decimal.Parse(Operands[0], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture)
        : 0;

    public string Describe() => Operator switch
    {
        ConditionOperator.EqualTo => $"{Fact} equals {Operands[0]}",
        ConditionOperator.In => $"{Fact} in [{string.Join(", ", Operands)}]",
        ConditionOperator.AtLeast => $"{Fact} at least {Operands[0]}",
        ConditionOperator.AtMost => $"{Fact} at most {Operands[0]}",
        _ => Operands[0] == "true" ? $"{Fact} is given" : $"{Fact} is not given",
    };
}

using System.Globalization;
using DossierGen.Diagnostics;
using DossierGen.Facts;
using DossierGen.Yaml;

namespace DossierGen.Rules;

/// <summary>
/// Reads a rule's <c>when</c> and checks every fact test against the <see cref="FactCatalogue"/>:
/// the fact exists and is visible to the rule, the operator fits the fact's type, and every value
/// compared is one the fact can take.
/// </summary>
internal sealed class ConditionReader(DiagnosticBag diagnostics, FactScope scope)
{
    private static readonly string[] Operators = ["equals", "in", "at-least", "at-most", "exists"];
    private static readonly string[] Combinators = ["all", "any", "not"];

    /// <summary>The change kinds the enclosing conditions have narrowed to, for checking kind-specific values.</summary>
    private readonly Stack<IReadOnlyList<string>> _kinds = new();

    public Condition? Read(YamlNode node)
    {
        if (node is not YamlMapping mapping || mapping.Entries.Count == 0)
        {
            return Fail(node, "a condition is a mapping with all, any, not, or a fact and one operator");
        }

        var first = mapping.Entries[0].Key.Value;
        if (Combinators.Contains(first))
        {
            if (mapping.Entries.Count != 1)
            {
                return Fail(mapping.Entries[1].Key, $"'{first}' stands alone in its mapping; put further conditions inside it");
            }

            return first == "not" ? ReadNot(mapping.Entries[0].Value, mapping.Location) : ReadList(first, mapping.Entries[0].Value, mapping.Location);
        }

        return ReadFact(mapping);
    }

    private NotCondition? ReadNot(YamlNode value, SourceLocation at) =>
        Read(value) is { } inner ? new NotCondition(inner, at) : null;

    private Condition? ReadList(string combinator, YamlNode value, SourceLocation at)
    {
        if (value is not YamlSequence { Items.Count: > 0 } list)
        {
            return Fail(value, $"'{combinator}' takes a list of at least one condition");
        }

        // Inside an "all", a kind test narrows the values later tests may compare with.
        var narrowed = combinator == "all" ? KindsTestedIn(list) : null;
        if (narrowed is not null)
        {
            _kinds.Push(narrowed);
        }

        var conditions = list.Items.Select(Read).ToList();
        if (narrowed is not null)
        {
            _kinds.Pop();
        }

        return conditions.Any(c => c is null)
            ? null
            : combinator == "all" ? new AllCondition(conditions!, at) : new AnyCondition(conditions!, at);
    }

    private Condition? ReadFact(YamlMapping mapping)
    {
        var factEntry = mapping.Find("fact");
        if (factEntry?.Value is not YamlScalar { Kind: YamlScalarKind.Text } factName)
        {
            var unknown = mapping.Entries[0].Key;
            return Fail(unknown, $"unknown condition '{unknown.Value}'; a condition is all, any, not, or a fact test{NearMiss.Hint(unknown.Value, [.. Combinators, "fact"])}");
        }

        var operators = mapping.Entries.Where(e => e.Key.Value != "fact").ToList();
        if (operators.Count != 1)
        {
            return Fail(mapping, $"a fact test has exactly one operator ({string.Join(", ", Operators)}); found {operators.Count}");
        }

        var op = operators[0];
        if (!Operators.Contains(op.Key.Value))
        {
            diagnostics.Error(DiagnosticCodes.UnknownOperator, op.Key.Location, $"unknown operator '{op.Key.Value}'{NearMiss.Hint(op.Key.Value, Operators)}; use {string.Join(", ", Operators)}");
            return null;
        }

        var definition = FactCatalogue.Find(factName.Value);
        if (definition is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownFact, factName.Location, $"unknown fact '{factName.Value}'{NearMiss.Hint(factName.Value, FactCatalogue.Names)}");
            return null;
        }

        var visible = definition.Scope == FactScope.Change || definition.Scope == scope
            || (scope == FactScope.MasterFileChange && definition.Scope == FactScope.MasterFile);
        if (!visible)
        {
            diagnostics.Error(DiagnosticCodes.FactOutOfScope, factName.Location, definition.Scope switch
            {
                FactScope.MasterFile => $"'{definition.Name}' is only known to master-file and master-file-change rules",
                FactScope.MasterFileChange => $"'{definition.Name}' is only known to master-file-change rules (subject: master-file-change)",
                _ => $"'{definition.Name}' is only known to adjust rules (phase: adjust)",
            });
            return null;
        }

        if (definition.Kinds is { } kinds && _kinds.Count > 0 && !_kinds.Peek().Any(kinds.Contains))
        {
            diagnostics.Error(DiagnosticCodes.UnknownFactValue, factName.Location, $"'{definition.Name}' is never given for {string.Join("/", _kinds.Peek())} changes; only {string.Join(", ", kinds)} changes have it");
            return null;
        }

        var operands = ReadOperands(definition, op);
        return operands is null ? null : new FactCondition(definition.Name, ToOperator(op.Key.Value), operands, mapping.Location, factName.Location);
    }

    private List<string>? ReadOperands(FactDefinition fact, YamlEntry op)
    {
        switch (op.Key.Value)
        {
            case "exists":
                return op.Value is YamlScalar { Kind: YamlScalarKind.Boolean } flag ? [flag.Value.ToLowerInvariant()] : Mismatch(op, "true or false");
            case "at-least" or "at-most":
                if (fact.Type != FactType.Number)
                {
                    return Mismatch(op, $"a test that '{fact.Name}' ({fact.Type.ToString().ToLowerInvariant()}) can take: {(fact.Type == FactType.Flag ? "equals" : "equals or in")}");
                }

                return op.Value is YamlScalar { Kind: YamlScalarKind.WholeNumber or YamlScalarKind.RealNumber } number
                    && decimal.TryParse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                    ? [number.Value]
                    : Mismatch(op, "a number");
            case "in":
                if (fact.Type != FactType.Text)
                {
                    return Mismatch(op, fact.Type == FactType.Flag ? "equals true or false ('in' is for text facts)" : "at-least or at-most ('in' is for text facts)");
                }

                if (op.Value is not YamlSequence { Items.Count: > 0 } list || list.Items.Any(i => i is not YamlScalar { Kind: YamlScalarKind.Text }))
                {
                    return Mismatch(op, "a list of text values");
                }

                var values = list.Items.Cast<YamlScalar>().ToList();
                return values.All(v => CheckValue(fact, v)) ? [.. values.Select(v => v.Value)] : null;
            default:
                return ReadEquals(fact, op);
        }
    }

    private List<string>? ReadEquals(FactDefinition fact, YamlEntry op)
    {
        switch (fact.Type)
        {
            case FactType.Flag:
                return op.Value is YamlScalar { Kind: YamlScalarKind.Boolean } flag ? [flag.Value.ToLowerInvariant()] : Mismatch(op, $"true or false ('{fact.Name}' is a flag)");
            case FactType.Number:
                return Mismatch(op, $"at-least or at-most ('{fact.Name}' is a number)");
            default:
                if (op.Value is not YamlScalar { Kind: YamlScalarKind.Text } text)
                {
                    return Mismatch(op, $"a text value ('{fact.Name}' is text)");
                }

                return CheckValue(fact, text) ? [text.Value] : null;
        }
    }

    private bool CheckValue(FactDefinition fact, YamlScalar value)
    {
        var allowed = fact.Values;
        var kinds = _kinds.Count > 0 ? _kinds.Peek() : null;
        if (fact.ValuesByKind is { } byKind && kinds is not null)
        {
            var narrowed = kinds.Where(byKind.ContainsKey).SelectMany(k => byKind[k]).Distinct().ToList();
            if (narrowed.Count > 0)
            {
                allowed = narrowed;
            }
        }

        if (allowed is null || allowed.Contains(value.Value, StringComparer.Ordinal))
        {
            return true;
        }

        var context = allowed != fact.Values && kinds is not null ? $" for {string.Join("/", kinds)} changes" : "";
        diagnostics.Error(DiagnosticCodes.UnknownFactValue, value.Location, $"'{fact.Name}' is never '{value.Value}'{context}; it is one of {string.Join(", ", allowed)}{NearMiss.Hint(value.Value, allowed)}");
        return false;
    }

    private static IReadOnlyList<string>? KindsTestedIn(YamlSequence list)
    {
        foreach (var item in list.Items.OfType<YamlMapping>())
        {
            if (item.Get("fact") is YamlScalar { Value: "change.kind" })
            {
                if (item.Get("equals") is YamlScalar kind)
                {
                    return [kind.Value];
                }

                if (item.Get("in") is YamlSequence kinds)
                {
                    return [.. kinds.Items.OfType<YamlScalar>().Select(k => k.Value)];
                }
            }
        }

        return null;
    }

    private List<string>? Mismatch(YamlEntry op, string expected)
    {
        diagnostics.Error(DiagnosticCodes.OperandTypeMismatch, op.Value.Location, $"'{op.Key.Value}' here needs {expected}; found {op.Value.Describe()}");
        return null;
    }

    private Condition? Fail(YamlNode node, string message)
    {
        diagnostics.Error(DiagnosticCodes.MalformedCondition, node.Location, message);
        return null;
    }

    private static ConditionOperator ToOperator(string name) => name switch
    {
        "equals" => ConditionOperator.EqualTo,
        "in" => ConditionOperator.In,
        "at-least" => ConditionOperator.AtLeast,
        "at-most" => ConditionOperator.AtMost,
        _ => ConditionOperator.Exists,
    };
}

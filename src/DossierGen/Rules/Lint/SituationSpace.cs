using System.Globalization;
using DossierGen.Facts;
using DossierGen.Formats;
using DossierGen.Inputs;

namespace DossierGen.Rules.Lint;

/// <summary>
/// Every distinguishable situation a market's classification rules can meet: for each change kind,
/// every combination of the values of the facts those rules test (numbers at and around each
/// threshold the rules use). Finite because facts are closed lists, flags and thresholds; lint
/// evaluates the rules over it to find gaps and overlaps.
/// </summary>
internal static class SituationSpace
{
    private const string Absent = "\u0000absent";
    private static readonly string[] CellModalities = ["car-t-autologous", "car-t-allogeneic", "cell-therapy-autologous", "cell-therapy-allogeneic"];

    /// <summary>Situations per kind, each as the facts a rule would see.</summary>
    public static IEnumerable<(string Kind, FactSet Facts)> Enumerate(Market market, Stage stage, IReadOnlyList<Rule> rules)
    {
        var tested = rules.SelectMany(r => FactTests(r.When)).ToList();
        var names = tested.Select(t => t.Fact).ToHashSet(StringComparer.Ordinal);
        var thresholds = tested.Where(t => t.Operator is ConditionOperator.AtLeast or ConditionOperator.AtMost)
            .Select(t => decimal.Parse(t.Operands[0], NumberStyles.Float, CultureInfo.InvariantCulture)).Distinct().ToList();
        foreach (var kind in ChangeKinds.All)
        {
            var dimensions = Dimensions(kind, names, thresholds, market);
            foreach (var assignment in Product(dimensions))
            {
                if (Impossible(kind, assignment))
                {
                    continue;
                }

                yield return (kind.Value, ToFacts(kind.Value, assignment, stage));
            }
        }
    }

    public static IEnumerable<FactCondition> FactTests(Condition condition) => condition switch
    {
        AllCondition all => all.Conditions.SelectMany(FactTests),
        AnyCondition any => any.Conditions.SelectMany(FactTests),
        NotCondition not => FactTests(not.Inner),
        FactCondition fact => [fact],
        _ => [],
    };

    private static List<(string Fact, IReadOnlyList<string> Values)> Dimensions(Variant kind, HashSet<string> tested, List<decimal> thresholds, Market market)
    {
        var dimensions = new List<(string, IReadOnlyList<string>)>();
        foreach (var property in kind.Properties)
        {
            var name = "change." + property.Name;
            if (!tested.Contains(name))
            {
                continue;
            }

            var values = property.Shape switch
            {
                BooleanShape => new List<string> { "true", "false" },
                TextShape { Allowed: { } allowed } => [.. allowed],
                _ => ["any text"],
            };
            var hasDefault = property.Shape is BooleanShape { Default: not null } or TextShape { Default: not null };
            if (!property.Required && !hasDefault)
            {
                values.Add(Absent);
            }

            dimensions.Add((name, values));
        }

        if (kind.Value == "scale" && (tested.Contains("change.scale-factor") || tested.Contains("change.scale-direction")))
        {
            dimensions.Add(("change.scale-factor", ScalePoints(thresholds)));
        }

        AddIfTested(dimensions, tested, "change.jp-approval-form", Vocabulary.JapanApprovalForms);
        AddIfTested(dimensions, tested, "change.in-dossier", ["true", "false"]);
        AddIfTested(dimensions, tested, "change.cqa-impact", Vocabulary.CqaImpacts);
        AddIfTested(dimensions, tested, "change.covered-by-agreement", ["true", "false"]);
        AddIfTested(dimensions, tested, "change.uses-master-file", ["true", "false"]);
        if (tested.Contains("product.modality") || tested.Contains("product.cell-based") || tested.Contains("product.autologous"))
        {
            dimensions.Add(("product.modality", Vocabulary.Modalities));
        }

        if (market == Market.JP)
        {
            AddIfTested(dimensions, tested, "market.jp-category", Vocabulary.JapanCategories);
        }

        return dimensions;
    }

    private static void AddIfTested(List<(string, IReadOnlyList<string>)> dimensions, HashSet<string> tested, string fact, IReadOnlyList<string> values)
    {
        if (tested.Contains(fact))
        {
            dimensions.Add((fact, values));
        }
    }

    private static List<string> ScalePoints(List<decimal> thresholds) =>
        [.. thresholds.SelectMany(t => new[] { t * 0.9m, t, t * 1.1m }).Append(1m).Append(0.1m).Append(100m)
            .Where(v => v > 0).Distinct().Order().Select(v => v.ToString(CultureInfo.InvariantCulture))];

    private static IEnumerable<Dictionary<string, string>> Product(List<(string Fact, IReadOnlyList<string> Values)> dimensions)
    {
        IEnumerable<Dictionary<string, string>> result = [new Dictionary<string, string>(StringComparer.Ordinal)];
        foreach (var (fact, values) in dimensions)
        {
            result = result.SelectMany(partial => values.Select(v => new Dictionary<string, string>(partial, StringComparer.Ordinal) { [fact] = v }));
        }

        return result;
    }

    private static bool Impossible(Variant kind, Dictionary<string, string> assignment) =>
        kind.Conditionals.Any(c => assignment.TryGetValue("change." + c.Key, out var v) && v == c.Value
            && assignment.TryGetValue("change." + c.Required, out var required) && required == Absent);

    private static FactSet ToFacts(string kind, Dictionary<string, string> assignment, Stage stage)
    {
        var facts = new Dictionary<string, FactValue>(StringComparer.Ordinal)
        {
            ["change.kind"] = new FactValue.Text(kind),
            ["market.stage"] = new FactValue.Text(stage == Stage.Marketed ? "marketed" : "clinical"),
        };
        foreach (var (name, value) in assignment.Where(a => a.Value != Absent))
        {
            if (name == "change.scale-factor")
            {
                var factor = decimal.Parse(value, CultureInfo.InvariantCulture);
                facts[name] = new FactValue.Number(factor);
                facts["change.scale-direction"] = new FactValue.Text(factor > 1 ? "up" : factor < 1 ? "down" : "same");
            }
            else if (name == "product.modality")
            {
                facts[name] = new FactValue.Text(value);
                facts["product.cell-based"] = new FactValue.Flag(CellModalities.Contains(value));
                facts["product.autologous"] = new FactValue.Flag(value.EndsWith("-autologous", StringComparison.Ordinal));
            }
            else
            {
                facts[name] = value is "true" or "false" ? new FactValue.Flag(value == "true") : new FactValue.Text(value);
            }
        }

        return new FactSet(facts);
    }

    /// <summary>A short description of a situation, naming only the given facts.</summary>
    public static string Describe(FactSet facts, IEnumerable<string> relevant)
    {
        var names = relevant.Prepend("change.kind").Distinct().Where(n => facts.Get(n) is not null);
        return string.Join(", ", names.Select(n => $"{n}={facts.Get(n)}"));
    }
}

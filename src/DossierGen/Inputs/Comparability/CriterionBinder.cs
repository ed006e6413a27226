using DossierGen.Yaml;

namespace DossierGen.Inputs.Comparability;

/// <summary>Binds a criterion mapping that has passed the shape check (exactly one kind, numbers in range).</summary>
internal static class CriterionBinder
{
    public static Criterion Bind(YamlMapping criterion)
    {
        var entry = criterion.Entries[0];
        var parameters = (YamlMapping)entry.Value;
        return entry.Key.Value switch
        {
            "quality-range" => new QualityRangeCriterion(Number(parameters, "k")!.Value),
            "min-max" => new MinMaxCriterion(),
            "tolerance-interval" => new ToleranceIntervalCriterion(Number(parameters, "coverage")!.Value, Number(parameters, "confidence")!.Value),
            "equivalence" => new EquivalenceCriterion(Number(parameters, "margin"), Number(parameters, "margin-sd"), Number(parameters, "alpha") ?? EquivalenceCriterion.DefaultAlpha),
            "limits" => new LimitsCriterion(Number(parameters, "lower"), Number(parameters, "upper")),
            "conforms" => new ConformsCriterion(),
            var kind => throw new InvalidOperationException($"validated criterion has unknown kind '{kind}'"),
        };
    }

    private static double? Number(YamlMapping mapping, string key) =>
        mapping.Get(key) is YamlScalar scalar ? YamlNumber.Of(scalar) : null;
}

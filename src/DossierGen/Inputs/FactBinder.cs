using DossierGen.Formats;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>Turns a validated change mapping's kind-specific keys into named facts, applying the kind's defaults.</summary>
internal static class FactBinder
{
    public static IReadOnlyDictionary<string, FactValue> Bind(YamlMapping change, Variant kind)
    {
        var facts = new SortedDictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var property in kind.Properties.Where(p => p.Name != "material"))
        {
            var value = change.Get(property.Name) is YamlScalar scalar ? FromScalar(scalar, property.Shape) : Default(property.Shape);
            if (value is not null)
            {
                facts[property.Name] = value;
            }
        }

        return facts;
    }

    private static FactValue FromScalar(YamlScalar scalar, Shape shape) => shape switch
    {
        BooleanShape => new FactValue.Flag(bool.Parse(scalar.Value)),
        TextShape { Format: TextFormat.Volume } when Volume.TryParse(scalar.Value, out var volume) => new FactValue.Quantity(volume),
        _ => new FactValue.Text(scalar.Value),
    };

    private static FactValue? Default(Shape shape) => shape switch
    {
        BooleanShape { Default: { } b } => new FactValue.Flag(b),
        TextShape { Default: { } t } => new FactValue.Text(t),
        _ => null,
    };
}

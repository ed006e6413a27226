using System.Text.Json.Nodes;
using DossierGen.Yaml;

namespace DossierGen.Editing;

/// <summary>
/// A file's values as JSON, the way the page fills its form: scalars as the YAML 1.2 core schema
/// resolves them (a quoted "3.2" stays text, a plain 3.2 is a number), keys in file order.
/// </summary>
public static class YamlJson
{
    public static JsonNode? ToJson(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            YamlMapping mapping => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToJson(e.Value)))),
            YamlSequence sequence => new JsonArray([.. sequence.Items.Select(ToJson)]),
            YamlScalar scalar => Scalar(scalar),
            _ => throw new InvalidOperationException($"unknown YAML node {node.GetType().Name}"),
        };
    }

    private static JsonValue? Scalar(YamlScalar scalar) => scalar.Kind switch
    {
        YamlScalarKind.Null => null,
        YamlScalarKind.Boolean => JsonValue.Create(scalar.Value.Equals("true", StringComparison.OrdinalIgnoreCase)),

        // A number JSON cannot hold (.inf, .nan) stays text; the reader will say what is wrong with it.
        YamlScalarKind.WholeNumber or YamlScalarKind.RealNumber when YamlNumber.Of(scalar) is { } number && double.IsFinite(number) =>
            scalar.Kind == YamlScalarKind.WholeNumber && Math.Abs(number) < 9e15 ? JsonValue.Create((long)number) : JsonValue.Create(number),
        _ => JsonValue.Create(scalar.Value),
    };
}

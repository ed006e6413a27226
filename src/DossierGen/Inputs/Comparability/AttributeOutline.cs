using DossierGen.Yaml;

namespace DossierGen.Inputs.Comparability;

/// <summary>
/// What the result checks need to know of an attribute, read from a tree that may still have
/// shape faults (those are reported by the shape check): its name and what kind of results it takes.
/// </summary>
/// <param name="Qualitative">The criterion is <c>conforms</c>: results are texts, not numbers.</param>
internal sealed record AttributeOutline(string Name, bool Qualitative, bool Log10)
{
    public static AttributeOutline? Of(YamlMapping attribute) =>
        attribute.Get("name") is YamlScalar { Kind: YamlScalarKind.Text } name
            ? new AttributeOutline(
                name.Value,
                attribute.Get("criterion") is YamlMapping criterion && criterion.Find("conforms") is not null,
                YamlAccess.Text(attribute, "transform") == "log10")
            : null;
}

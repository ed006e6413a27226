using System.Text;
using System.Text.Json;
using DossierGen.Yaml;

namespace DossierGen.Tests.Support;

/// <summary>Writes a YAML tree back as flow-style YAML, keeping each scalar's resolved type.</summary>
internal static class YamlWriter
{
    public static string Write(YamlNode node)
    {
        var text = new StringBuilder();
        Append(text, node);
        return text.Append('\n').ToString();
    }

    private static void Append(StringBuilder text, YamlNode node)
    {
        switch (node)
        {
            case YamlMapping mapping:
                text.Append('{');
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ").Append(JsonSerializer.Serialize(mapping.Entries[i].Key.Value)).Append(": ");
                    Append(text, mapping.Entries[i].Value);
                }

                text.Append('}');
                break;
            case YamlSequence sequence:
                text.Append('[');
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    text.Append(i == 0 ? "" : ", ");
                    Append(text, sequence.Items[i]);
                }

                text.Append(']');
                break;
            case YamlScalar { Kind: YamlScalarKind.Null }:
                text.Append("null");
                break;
            case YamlScalar { Kind: not YamlScalarKind.Text } plain:
                text.Append(plain.Value);
                break;
            case YamlScalar scalar:
                // Quoting keeps text as text: a plain scalar that resolved to text stays text when quoted.
                text.Append(JsonSerializer.Serialize(scalar.Value));
                break;
            default:
                throw new InvalidOperationException();
        }
    }
}

using System.Text.Json;
using DossierGen.Facts;

namespace DossierGen.Formats;

/// <summary>The JSON Schema of a rule condition: recursive all / any / not, or a fact test naming a catalogue fact.</summary>
internal static class ConditionSchema
{
    public static void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("description", "all / any / not over fact tests; a fact test names a fact of the catalogue and one operator.");
        json.WriteString("type", "object");
        json.WriteStartArray("oneOf");
        WriteCombinator(json, "all", list: true);
        WriteCombinator(json, "any", list: true);
        WriteCombinator(json, "not", list: false);
        WriteFactTest(json);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCombinator(Utf8JsonWriter json, string name, bool list)
    {
        json.WriteStartObject();
        json.WriteStartObject("properties");
        json.WriteStartObject(name);
        if (list)
        {
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            json.WriteString("$ref", "#/definitions/condition");
            json.WriteEndObject();
            json.WriteNumber("minItems", 1);
        }
        else
        {
            json.WriteString("$ref", "#/definitions/condition");
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("required");
        json.WriteStringValue(name);
        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
    }

    private static void WriteFactTest(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteStartObject("properties");
        json.WriteStartObject("fact");
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        foreach (var fact in FactCatalogue.Names)
        {
            json.WriteStringValue(fact);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("equals");
        json.WriteStartArray("type");
        json.WriteStringValue("string");
        json.WriteStringValue("boolean");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("in");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteNumber("minItems", 1);
        json.WriteEndObject();
        json.WriteStartObject("at-least");
        json.WriteString("type", "number");
        json.WriteEndObject();
        json.WriteStartObject("at-most");
        json.WriteString("type", "number");
        json.WriteEndObject();
        json.WriteStartObject("exists");
        json.WriteString("type", "boolean");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("required");
        json.WriteStringValue("fact");
        json.WriteEndArray();
        json.WriteNumber("minProperties", 2);
        json.WriteNumber("maxProperties", 2);
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
    }
}

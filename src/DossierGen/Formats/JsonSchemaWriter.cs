using System.Text.Json;
using DossierGen.Inputs;

namespace DossierGen.Formats;

/// <summary>
/// Writes a <see cref="Shape"/> as a JSON Schema (draft-07, which yaml-language-server and most
/// editors support) for the <c># yaml-language-server: $schema=</c> header of user files.
/// </summary>
public static class JsonSchemaWriter
{
    public static string Write(MappingShape root, string id, string title)
    {
        ArgumentNullException.ThrowIfNull(root);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("$id", id);
            json.WriteString("title", title);
            WriteBody(json, root);
            if (Contains(root, s => s is ConditionShape))
            {
                json.WritePropertyName("definitions");
                json.WriteStartObject();
                json.WritePropertyName("condition");
                ConditionSchema.Write(json);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
    }

    private static void WriteShape(Utf8JsonWriter json, Shape shape)
    {
        json.WriteStartObject();
        WriteBody(json, shape);
        json.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter json, Shape shape)
    {
        if (shape.Description is { } description)
        {
            json.WriteString("description", description);
        }

        switch (shape)
        {
            case TextShape text:
                WriteText(json, text);
                break;
            case BooleanShape flag:
                json.WriteString("type", "boolean");
                if (flag.Default is { } d)
                {
                    json.WriteBoolean("default", d);
                }

                break;
            case NumberShape number:
                WriteNumber(json, number);
                break;
            case NumberOrTextShape:
                json.WriteStartArray("oneOf");
                json.WriteStartObject();
                json.WriteString("type", "number");
                json.WriteEndObject();
                json.WriteStartObject();
                json.WriteString("type", "string");
                json.WriteEndObject();
                json.WriteEndArray();
                break;
            case DictionaryShape dictionary:
                json.WriteString("type", "object");
                json.WritePropertyName("additionalProperties");
                WriteShape(json, dictionary.Values);
                break;
            case ListShape list:
                json.WriteString("type", "array");
                json.WritePropertyName("items");
                WriteShape(json, list.Items);
                if (list.MinItems > 0)
                {
                    json.WriteNumber("minItems", list.MinItems);
                }

                if (list.UniqueItems)
                {
                    json.WriteBoolean("uniqueItems", true);
                }

                break;
            case MappingShape mapping:
                WriteMapping(json, mapping);
                break;
            case ConditionShape:
                json.WriteString("$ref", "#/definitions/condition");
                break;
            case TextOrMappingShape either:
                json.WriteStartArray("oneOf");
                WriteShape(json, either.Text);
                WriteShape(json, either.Mapping);
                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"no JSON Schema for shape {shape.GetType().Name}");
        }
    }

    private static bool Contains(Shape shape, Func<Shape, bool> match) => match(shape) || shape switch
    {
        ListShape list => Contains(list.Items, match),
        DictionaryShape dictionary => Contains(dictionary.Values, match),
        MappingShape mapping => mapping.Properties.Any(p => Contains(p.Shape, match)) || mapping.Variants.Any(v => v.Properties.Any(p => Contains(p.Shape, match))),
        TextOrMappingShape either => Contains(either.Mapping, match),
        _ => false,
    };

    private static void WriteText(Utf8JsonWriter json, TextShape text)
    {
        json.WriteString("type", "string");
        if (text.Allowed is { } allowed)
        {
            json.WriteStartArray("enum");
            foreach (var value in allowed)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        switch (text.Format)
        {
            case TextFormat.Id:
                json.WriteString("pattern", Ids.Pattern);
                break;
            case TextFormat.Date:
                json.WriteString("format", "date");
                json.WriteString("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                break;
            case TextFormat.Volume:
                json.WriteString("pattern", Volume.Pattern);
                break;
            case TextFormat.Any when text.Allowed is null:
                json.WriteNumber("minLength", 1);
                break;
            default:
                break;
        }

        if (text.Default is { } d)
        {
            json.WriteString("default", d);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, NumberShape number)
    {
        json.WriteString("type", "number");
        if (number.ExclusiveMinimum is { } low)
        {
            json.WriteNumber("exclusiveMinimum", low);
        }

        if (number.ExclusiveMaximum is { } high)
        {
            json.WriteNumber("exclusiveMaximum", high);
        }

        if (number.Default is { } d)
        {
            json.WriteNumber("default", d);
        }
    }

    /// <summary>"Exactly one of these keys" as draft-07 says it: one "required" alternative per key, of which exactly one may hold.</summary>
    private static void WriteExactlyOne(Utf8JsonWriter json, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        json.WriteStartArray("oneOf");
        foreach (var key in keys)
        {
            json.WriteStartObject();
            json.WriteStartArray("required");
            json.WriteStringValue(key);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteMapping(Utf8JsonWriter json, MappingShape mapping)
    {
        json.WriteString("type", "object");
        WriteProperties(json, mapping.Properties);
        if (mapping.MinProperties > 0)
        {
            json.WriteNumber("minProperties", mapping.MinProperties);
        }

        WriteExactlyOne(json, mapping.ExactlyOneOf);

        if (mapping.Variants.Count == 0)
        {
            json.WriteBoolean("additionalProperties", false);
            return;
        }

        // draft-07 cannot see into allOf for additionalProperties, so each variant restates the
        // common keys (as "true") next to its own and closes the object itself.
        json.WriteStartArray("allOf");
        foreach (var variant in mapping.Variants)
        {
            json.WriteStartObject();
            json.WriteStartObject("if");
            json.WriteStartObject("properties");
            json.WriteStartObject(mapping.Discriminator!);
            json.WriteString("const", variant.Value);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("required");
            json.WriteStringValue(mapping.Discriminator);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("then");
            json.WriteString("description", variant.Description);
            json.WriteStartObject("properties");
            foreach (var common in mapping.Properties)
            {
                json.WriteBoolean(common.Name, true);
            }

            foreach (var property in variant.Properties)
            {
                json.WritePropertyName(property.Name);
                WriteShape(json, property.Shape);
            }

            json.WriteEndObject();
            WriteRequired(json, variant.Properties);
            WriteConditionals(json, variant.Conditionals, variant.Properties);
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyList<PropertyShape> properties)
    {
        json.WriteStartObject("properties");
        foreach (var property in properties)
        {
            json.WritePropertyName(property.Name);
            WriteShape(json, property.Shape);
        }

        json.WriteEndObject();
        WriteRequired(json, properties);
    }

    private static void WriteRequired(Utf8JsonWriter json, IReadOnlyList<PropertyShape> properties)
    {
        if (!properties.Any(p => p.Required && p.UnlessPresent is null))
        {
            return;
        }

        json.WriteStartArray("required");
        foreach (var property in properties.Where(p => p.Required && p.UnlessPresent is null))
        {
            json.WriteStringValue(property.Name);
        }

        json.WriteEndArray();
    }

    private static void WriteConditionals(Utf8JsonWriter json, IReadOnlyList<ConditionalRequirement> conditionals, IReadOnlyList<PropertyShape> properties)
    {
        var unless = properties.Where(p => p.Required && p.UnlessPresent is not null).ToList();
        if (conditionals.Count == 0 && unless.Count == 0)
        {
            return;
        }

        json.WriteStartArray("allOf");
        foreach (var property in unless)
        {
            // Required unless the other key is present: one of the two keys must be there.
            json.WriteStartObject();
            json.WriteStartArray("anyOf");
            foreach (var name in new[] { property.Name, property.UnlessPresent! })
            {
                json.WriteStartObject();
                json.WriteStartArray("required");
                json.WriteStringValue(name);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        foreach (var conditional in conditionals)
        {
            json.WriteStartObject();
            json.WriteStartObject("if");
            json.WriteStartObject("properties");
            json.WriteStartObject(conditional.Key);
            json.WriteString("const", conditional.Value);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("required");
            json.WriteStringValue(conditional.Key);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("then");
            json.WriteStartArray("required");
            json.WriteStringValue(conditional.Required);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}

using System.Text.Json;
using DossierGen.Formats;

namespace DossierGen.Editing;

/// <summary>
/// Writes a form description as the JSON the workbench page builds its inputs from. Keys come in a
/// fixed order and empty parts are left out, so the same shapes always give the same bytes.
/// </summary>
public static class FormJsonWriter
{
    public static string Write(string formatTag, FormField form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", formatTag);
            json.WritePropertyName("form");
            WriteField(json, form);
            json.WriteEndObject();
        });
    }

    private static void WriteField(Utf8JsonWriter json, FormField field)
    {
        json.WriteStartObject();
        json.WriteString("key", field.Key);
        json.WriteString("path", field.Path);
        json.WriteString("label", field.Label);
        json.WriteString("kind", KindName(field.Kind));
        OptionalString(json, "help", field.Help);
        if (field.Required)
        {
            json.WriteBoolean("required", true);
        }

        OptionalString(json, "requiredUnless", field.RequiredUnless);
        if (field.Options.Count > 0)
        {
            json.WriteStrings("options", field.Options);
        }

        OptionalString(json, "default", field.Default);
        OptionalString(json, "format", field.Format);
        OptionalNumber(json, "exclusiveMinimum", field.ExclusiveMinimum);
        OptionalNumber(json, "exclusiveMaximum", field.ExclusiveMaximum);
        if (field.MinItems > 0)
        {
            json.WriteNumber("minItems", field.MinItems);
        }

        if (field.UniqueItems)
        {
            json.WriteBoolean("uniqueItems", true);
        }

        if (field.MinProperties > 0)
        {
            json.WriteNumber("minProperties", field.MinProperties);
        }

        if (field.ExactlyOneOf.Count > 0)
        {
            json.WriteStrings("exactlyOneOf", field.ExactlyOneOf);
        }

        WriteFields(json, "fields", field.Fields);
        if (field.Item is { } item)
        {
            json.WritePropertyName("item");
            WriteField(json, item);
        }

        OptionalString(json, "discriminator", field.Discriminator);
        if (field.Variants.Count > 0)
        {
            json.WriteStartArray("variants");
            foreach (var variant in field.Variants)
            {
                WriteVariant(json, variant);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteVariant(Utf8JsonWriter json, FormVariant variant)
    {
        json.WriteStartObject();
        json.WriteString("value", variant.Value);
        json.WriteString("description", variant.Description);
        WriteFields(json, "fields", variant.Fields);
        if (variant.RequiredWhen.Count > 0)
        {
            json.WriteStartArray("requiredWhen");
            foreach (var conditional in variant.RequiredWhen)
            {
                json.WriteStartObject();
                json.WriteString("key", conditional.Key);
                json.WriteString("value", conditional.Value);
                json.WriteString("required", conditional.Required);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteFields(Utf8JsonWriter json, string name, IReadOnlyList<FormField> fields)
    {
        if (fields.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var field in fields)
        {
            WriteField(json, field);
        }

        json.WriteEndArray();
    }

    private static void OptionalString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void OptionalNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    /// <summary>Kebab-case kind names, as every other name in DossierGen's files.</summary>
    public static string KindName(FormFieldKind kind) => kind switch
    {
        FormFieldKind.Text => "text",
        FormFieldKind.Number => "number",
        FormFieldKind.Boolean => "boolean",
        FormFieldKind.Choice => "choice",
        FormFieldKind.NumberOrText => "number-or-text",
        FormFieldKind.List => "list",
        FormFieldKind.Group => "group",
        FormFieldKind.Dictionary => "dictionary",
        FormFieldKind.TextOrGroup => "text-or-group",
        FormFieldKind.Condition => "condition",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

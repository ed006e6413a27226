using System.Text.Json.Nodes;
using DossierGen.Editing;
using DossierGen.Formats;

namespace DossierGen.Tests.Editing;

/// <summary>
/// The editor's form comes from the shapes that also write the JSON Schemas, so every key a schema
/// knows must be a field of the form, with the same word lists.
/// </summary>
public sealed class FormDescriptionTests
{
    public static TheoryData<string> Formats => [.. EditableFormats.Shapes.Keys];

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryKeyOfTheJsonSchemaIsAFieldOfTheForm(string format)
    {
        var (schema, form) = Both(format);
        var schemaKeys = new SortedSet<string>(StringComparer.Ordinal);
        SchemaKeys(schema, "", schemaKeys, enums: null);
        var formKeys = new SortedSet<string>(FormKeys(form).Select(f => f.Path), StringComparer.Ordinal);

        Assert.NotEmpty(schemaKeys);
        Assert.Empty(schemaKeys.Except(formKeys));
        Assert.Empty(FormKeys(form).Where(f => f.Key.Length > 0).Select(f => f.Path).Except(schemaKeys));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void EveryWordListOfTheSchemaIsADropDownWithTheSameOptions(string format)
    {
        var (schema, form) = Both(format);
        var schemaEnums = new SortedSet<string>(StringComparer.Ordinal);
        SchemaKeys(schema, "", [], schemaEnums);
        var formEnums = new SortedSet<string>(
            FormKeys(form).Where(f => f.Kind == FormFieldKind.Choice).Select(f => f.Path + " = " + string.Join("|", f.Options)),
            StringComparer.Ordinal);

        Assert.Equal(schemaEnums, formEnums);
    }

    [Fact]
    public void TheSiteKindShowsItsOwnFactsWithTheirOptions()
    {
        var change = Field(EditableFormats.FormOf(FormatTags.Change)!, "changes").Item!;
        var site = change.Variants.Single(v => v.Value == "site");

        Assert.Equal("kind", change.Discriminator);
        Assert.Equal(ChangeKinds.Names, change.Variants.Select(v => v.Value));
        Assert.Equal(["manufacturing", "testing", "release", "packaging", "cell-bank-storage"], site.Fields.Single(f => f.Key == "operation").Options);
        Assert.True(site.Fields.Single(f => f.Key == "operation").Required);
        Assert.Equal("new", site.Fields.Single(f => f.Key == "site-status").Default);
        Assert.DoesNotContain(site.Fields, f => f.Key == "bank");
    }

    [Fact]
    public void FieldsCarryLabelsHelpAndTheirKind()
    {
        var form = EditableFormats.FormOf(FormatTags.Change)!;
        var date = Field(form, "implementation-date");
        var product = Field(form, "product");

        Assert.Equal("Implementation date", date.Label);
        Assert.Equal("date", date.Format);
        Assert.Contains("as of this date", date.Help, StringComparison.Ordinal);
        Assert.Equal(FormFieldKind.TextOrGroup, product.Kind);
        Assert.Contains(product.Fields, f => f.Key == "modality" && f.Kind == FormFieldKind.Choice);
        Assert.Equal("CQA impact", FieldLabel.For("cqa-impact"));
        Assert.All(FormKeys(form).Where(f => f.Key.Length > 0), f => Assert.False(string.IsNullOrWhiteSpace(f.Label)));
    }

    [Fact]
    public void TheFormJsonIsTheSameEveryTimeAndReadsAsJson()
    {
        var first = FormJsonWriter.Write(FormatTags.Change, EditableFormats.FormOf(FormatTags.Change)!);
        var second = FormJsonWriter.Write(FormatTags.Change, EditableFormats.FormOf(FormatTags.Change)!);
        var json = JsonNode.Parse(first)!;

        Assert.Equal(first, second);
        Assert.Equal(FormatTags.Change, json["format"]!.GetValue<string>());
        Assert.Equal("group", json["form"]!["kind"]!.GetValue<string>());
        Assert.Contains(json["form"]!["fields"]!.AsArray(), f => f!["key"]!.GetValue<string>() == "changes" && f["item"]!["variants"]!.AsArray().Count == ChangeKinds.Names.Count);
    }

    private static (JsonNode Schema, FormField Form) Both(string format)
    {
        var shape = EditableFormats.Shapes[format];
        var schema = JsonNode.Parse(JsonSchemaWriter.Write(shape, "x", "x"))!;
        return (schema, EditableFormats.FormOf(format)!);
    }

    private static FormField Field(FormField group, string key) => group.Fields.Single(f => f.Key == key);

    /// <summary>Every field of the form, variants and inline groups included.</summary>
    private static IEnumerable<FormField> FormKeys(FormField field)
    {
        yield return field;
        foreach (var child in field.Fields.Concat(field.Variants.SelectMany(v => v.Fields)).Concat(field.Item is { } item ? [item] : []))
        {
            foreach (var nested in FormKeys(child))
            {
                yield return nested;
            }
        }
    }

    /// <summary>The key paths a JSON Schema describes, in the form's notation ([] for items, .* for dictionary values).</summary>
    private static void SchemaKeys(JsonNode? schema, string path, SortedSet<string> keys, SortedSet<string>? enums)
    {
        if (schema is not JsonObject node)
        {
            return;
        }

        if (enums is not null && node["enum"] is JsonArray values)
        {
            enums.Add(path + " = " + string.Join("|", values.Select(v => v!.GetValue<string>())));
        }

        if (node["properties"] is JsonObject properties)
        {
            foreach (var (key, value) in properties)
            {
                if (value is JsonObject)
                {
                    var child = path.Length == 0 ? key : path + "." + key;
                    keys.Add(child);
                    SchemaKeys(value, child, keys, enums);
                }
            }
        }

        SchemaKeys(node["items"], path + "[]", keys, enums);
        if (node["additionalProperties"] is JsonObject values2)
        {
            keys.Add(path + ".*");
            SchemaKeys(values2, path + ".*", keys, enums);
        }

        foreach (var branch in (node["allOf"] as JsonArray ?? []).Select(b => b?["then"]).Concat(node["oneOf"] as JsonArray ?? []))
        {
            SchemaKeys(branch, path, keys, enums);
        }
    }
}

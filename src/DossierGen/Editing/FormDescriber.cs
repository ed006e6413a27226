using System.Globalization;
using DossierGen.Formats;

namespace DossierGen.Editing;

/// <summary>
/// Derives the editor's form from a format's <see cref="MappingShape"/>, key by key, the way
/// <see cref="JsonSchemaWriter"/> derives the JSON Schema from it: one field per key, a choice per
/// closed word list, and per change kind the facts that kind has.
/// </summary>
public static class FormDescriber
{
    public static FormField Describe(MappingShape file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return Group("", "", file.Description, file);
    }

    private static FormField Field(PropertyShape property, string parentPath)
    {
        var path = parentPath.Length == 0 ? property.Name : parentPath + "." + property.Name;
        return Of(property.Name, path, property.Shape) with
        {
            Required = property.Required,
            RequiredUnless = property.UnlessPresent,
        };
    }

    private static FormField Of(string key, string path, Shape shape)
    {
        var label = FieldLabel.For(key);
        var help = shape.Description;
        return shape switch
        {
            TextShape { Allowed: { } allowed } text => new FormField(key, path, label, help, FormFieldKind.Choice) { Options = allowed, Default = text.Default },
            TextShape text => new FormField(key, path, label, help, FormFieldKind.Text) { Format = FormatName(text.Format), Default = text.Default },
            BooleanShape flag => new FormField(key, path, label, help, FormFieldKind.Boolean) { Default = flag.Default is { } d ? (d ? "true" : "false") : null },
            NumberShape number => new FormField(key, path, label, help, FormFieldKind.Number)
            {
                ExclusiveMinimum = number.ExclusiveMinimum,
                ExclusiveMaximum = number.ExclusiveMaximum,
                Default = number.Default?.ToString("R", CultureInfo.InvariantCulture),
            },
            NumberOrTextShape => new FormField(key, path, label, help, FormFieldKind.NumberOrText),
            ListShape list => new FormField(key, path, label, help, FormFieldKind.List)
            {
                Item = Of("", path + "[]", list.Items),
                MinItems = list.MinItems,
                UniqueItems = list.UniqueItems,
            },
            DictionaryShape dictionary => new FormField(key, path, label, help, FormFieldKind.Dictionary) { Item = Of("", path + ".*", dictionary.Values) },
            MappingShape mapping => Group(key, path, help, mapping),
            TextOrMappingShape either => Group(key, path, help, either.Mapping) with
            {
                Kind = FormFieldKind.TextOrGroup,
                Format = FormatName(either.Text.Format),
            },
            ConditionShape => new FormField(key, path, label, help, FormFieldKind.Condition),
            _ => throw new InvalidOperationException($"no form field for shape {shape.GetType().Name}"),
        };
    }

    private static FormField Group(string key, string path, string? help, MappingShape mapping) =>
        new(key, path, FieldLabel.For(key), help, FormFieldKind.Group)
        {
            Fields = [.. mapping.Properties.Select(p => Field(p, path))],
            Discriminator = mapping.Discriminator,
            Variants = [.. mapping.Variants.Select(v => new FormVariant(v.Value, v.Description, [.. v.Properties.Select(p => Field(p, path))], v.Conditionals))],
            ExactlyOneOf = mapping.ExactlyOneOf,
            MinProperties = mapping.MinProperties,
        };

    private static string? FormatName(TextFormat format) => format switch
    {
        TextFormat.Id => "id",
        TextFormat.Date => "date",
        TextFormat.Volume => "volume",
        _ => null,
    };
}

using System.Globalization;
using DossierGen.Diagnostics;
using DossierGen.Yaml;

namespace DossierGen.Formats;

/// <summary>The checks of the shapes comparability studies brought: numbers, results and free-keyed mappings.</summary>
public sealed partial class ShapeValidator
{
    private void ValidateNumber(YamlNode node, NumberShape shape, string subject)
    {
        if (node is not YamlScalar scalar || YamlNumber.Of(scalar) is not { } value || !double.IsFinite(value))
        {
            var quoted = node is YamlScalar { Kind: YamlScalarKind.Text, IsPlain: false } q && double.TryParse(q.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? "; write the number without quotes"
                : "";
            WrongType(node, subject, "a finite number", quoted);
            return;
        }

        if (!shape.Admits(value))
        {
            Error(DiagnosticCodes.NumberOutOfRange, scalar.Location, $"{subject} must be {Range(shape)}; found {scalar.Value}");
        }
    }

    private void ValidateNumberOrText(YamlNode node, string subject)
    {
        if (node is not YamlScalar { Kind: YamlScalarKind.Text or YamlScalarKind.WholeNumber or YamlScalarKind.RealNumber })
        {
            WrongType(node, subject, "a number, or text such as conforms");
        }
    }

    private void ValidateDictionary(YamlNode node, DictionaryShape shape, string subject)
    {
        if (node is not YamlMapping mapping)
        {
            WrongType(node, subject, "a mapping of keys to values");
            return;
        }

        foreach (var entry in mapping.Entries)
        {
            Validate(entry.Value, shape.Values, $"'{entry.Key.Value}' in {subject}");
        }
    }

    private void ValidateExactlyOne(YamlMapping mapping, MappingShape shape, string subject)
    {
        if (shape.ExactlyOneOf.Count == 0)
        {
            return;
        }

        var present = shape.ExactlyOneOf.Where(k => mapping.Find(k) is not null).ToList();
        if (present.Count == 1)
        {
            return;
        }

        var choices = string.Join(", ", shape.ExactlyOneOf);
        Error(DiagnosticCodes.NotExactlyOne, mapping.Location, present.Count == 0
            ? $"{subject} must hold exactly one of {choices}; it holds none"
            : $"{subject} must hold exactly one of {choices}; it holds {string.Join(" and ", present)}");
    }

    private static string Range(NumberShape shape) => (shape.ExclusiveMinimum, shape.ExclusiveMaximum) switch
    {
        (0, null) => "greater than 0",
        ({ } low, { } high) => string.Create(CultureInfo.InvariantCulture, $"strictly between {low} and {high}"),
        ({ } low, null) => string.Create(CultureInfo.InvariantCulture, $"greater than {low}"),
        (null, { } high) => string.Create(CultureInfo.InvariantCulture, $"less than {high}"),
        _ => "a finite number",
    };
}

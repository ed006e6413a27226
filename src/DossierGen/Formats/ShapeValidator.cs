using System.Globalization;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Yaml;

namespace DossierGen.Formats;

/// <summary>
/// Checks a YAML tree against a <see cref="Shape"/> and reports every fault at once: unknown and
/// missing keys, wrong types, values outside an enumeration, malformed dates, ids and volumes.
/// </summary>
public sealed partial class ShapeValidator(DiagnosticBag diagnostics)
{
    /// <param name="subject">How messages name the value: "'operation'" or "an item of 'markets'".</param>
    public void Validate(YamlNode node, Shape shape, string subject)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (shape)
        {
            case TextShape text:
                ValidateText(node, text, subject);
                break;
            case BooleanShape:
                ValidateBoolean(node, subject);
                break;
            case NumberShape number:
                ValidateNumber(node, number, subject);
                break;
            case NumberOrTextShape:
                ValidateNumberOrText(node, subject);
                break;
            case DictionaryShape dictionary:
                ValidateDictionary(node, dictionary, subject);
                break;
            case ListShape list:
                ValidateList(node, list, subject);
                break;
            case MappingShape mapping:
                ValidateMapping(node, mapping, subject);
                break;
            case ConditionShape:
                // Conditions are recursive and read by ConditionReader, which reports their faults.
                break;
            case TextOrMappingShape either:
                if (node is YamlMapping)
                {
                    ValidateMapping(node, either.Mapping, subject);
                }
                else if (node is YamlScalar { Kind: YamlScalarKind.Text })
                {
                    ValidateText(node, either.Text, subject);
                }
                else
                {
                    WrongType(node, subject, "a relative path or an inline mapping");
                }

                break;
            default:
                throw new InvalidOperationException($"no validation for shape {shape.GetType().Name}");
        }
    }

    private void ValidateText(YamlNode node, TextShape shape, string subject)
    {
        if (shape.Format == TextFormat.Date && node is YamlScalar { Kind: not YamlScalarKind.Text } notText)
        {
            // 20260701 or null is no date either; the fix is the same, so is the code.
            diagnostics.Error(DiagnosticCodes.InvalidDate, notText.Location, notText.Kind == YamlScalarKind.Null
                ? $"{subject} has no value; expected a calendar date written YYYY-MM-DD"
                : $"{subject} must be a calendar date written YYYY-MM-DD; found {notText.Describe()}");
            return;
        }

        if (node is not YamlScalar scalar || scalar.Kind != YamlScalarKind.Text)
        {
            var quoteHint = node is YamlScalar { Kind: YamlScalarKind.WholeNumber or YamlScalarKind.RealNumber or YamlScalarKind.Boolean } s
                ? $"; to use it as text, quote it: \"{s.Value}\""
                : "";
            WrongType(node, subject, shape.Allowed is { } a ? "one of " + string.Join(", ", a) : "text", quoteHint);
            return;
        }

        var value = scalar.Value;
        if (shape.Allowed is { } allowed)
        {
            if (!allowed.Contains(value, StringComparer.Ordinal))
            {
                diagnostics.Error(
                    DiagnosticCodes.ValueNotAllowed,
                    scalar.Location,
                    $"{subject} must be one of {string.Join(", ", allowed)}; found '{value}'{NearMiss.Hint(value, allowed)}");
            }

            return;
        }

        switch (shape.Format)
        {
            case TextFormat.Id when !Ids.IsValid(value):
                diagnostics.Error(DiagnosticCodes.InvalidId, scalar.Location, $"{subject} must be 1-64 characters of A-Z a-z 0-9 . _ - (it names output folders); found '{value}'");
                break;
            case TextFormat.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                diagnostics.Error(DiagnosticCodes.InvalidDate, scalar.Location, $"{subject} must be a calendar date written YYYY-MM-DD; found '{value}'");
                break;
            case TextFormat.Volume when !Volume.TryParse(value, out _):
                diagnostics.Error(DiagnosticCodes.InvalidVolume, scalar.Location, $"{subject} must be a positive volume with a unit (mL, L, kL or m3), such as '50 L' or '500 mL', with at most 9 digits before the decimal point and 6 after; found '{value}'");
                break;
            case TextFormat.Any when value.Length == 0:
                diagnostics.Error(DiagnosticCodes.WrongType, scalar.Location, $"{subject} must not be empty");
                break;
            default:
                break;
        }
    }

    private void ValidateBoolean(YamlNode node, string subject)
    {
        if (node is YamlScalar { Kind: YamlScalarKind.Boolean })
        {
            return;
        }

        var hint = node is YamlScalar { Value: "yes" or "no" or "Yes" or "No" or "on" or "off" or "y" or "n" }
            ? " (YAML 1.2 reads yes/no/on/off as text; write true or false)"
            : "";
        WrongType(node, subject, "true or false", hint);
    }

    private void ValidateList(YamlNode node, ListShape shape, string subject)
    {
        if (node is not YamlSequence sequence)
        {
            WrongType(node, subject, "a list");
            return;
        }

        if (sequence.Items.Count < shape.MinItems)
        {
            diagnostics.Error(DiagnosticCodes.TooFewItems, sequence.Location, $"{subject} must hold at least {shape.MinItems} item{(shape.MinItems == 1 ? "" : "s")}");
        }

        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            Validate(item, shape.Items, $"an item of {subject}");
            if (shape.UniqueItems && item is YamlScalar scalar && !seen.TryAdd(scalar.Value, scalar.Location))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateItem, scalar.Location, $"'{scalar.Value}' appears twice in {subject} (first at line {seen[scalar.Value].Line})");
            }
        }
    }

    private void ValidateMapping(YamlNode node, MappingShape shape, string subject)
    {
        if (node is not YamlMapping mapping)
        {
            WrongType(node, subject, "a mapping of keys to values");
            return;
        }

        var variant = SelectVariant(mapping, shape);
        var known = variant is null ? shape.Properties : [.. shape.Properties, .. variant.Properties];
        foreach (var entry in mapping.Entries)
        {
            var property = known.FirstOrDefault(p => p.Name == entry.Key.Value);
            if (property is null && variant is null && shape.Variants.Any(v => v.Properties.Any(p => p.Name == entry.Key.Value)))
            {
                // The discriminator itself is wrong (reported on its own); its variants' keys cannot be judged.
                continue;
            }

            if (property is null)
            {
                ReportUnknownKey(entry.Key, shape, variant, known, subject);
                continue;
            }

            Validate(entry.Value, property.Shape, $"'{entry.Key.Value}'");
        }

        foreach (var property in known.Where(p => p.Required && mapping.Find(p.Name) is null && (p.UnlessPresent is null || mapping.Find(p.UnlessPresent) is null)))
        {
            // Without a valid discriminator the variant's keys are unknown; the discriminator's own error says enough.
            diagnostics.Error(DiagnosticCodes.MissingRequiredKey, mapping.Location, $"{Owner(subject, variant)} is missing the required key '{property.Name}'");
        }

        foreach (var conditional in variant?.Conditionals ?? [])
        {
            if (mapping.Get(conditional.Key) is YamlScalar { Value: var v } && v == conditional.Value && mapping.Find(conditional.Required) is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingRequiredKey, mapping.Location, $"{Owner(subject, variant)} with {conditional.Key} '{conditional.Value}' is missing the required key '{conditional.Required}'");
            }
        }

        ValidateExactlyOne(mapping, shape, subject);
        if (mapping.Entries.Count < shape.MinProperties)
        {
            diagnostics.Error(DiagnosticCodes.TooFewItems, mapping.Location, $"{subject} must hold at least {shape.MinProperties} of {string.Join(", ", shape.Properties.Select(p => p.Name))}");
        }
    }

    private static Variant? SelectVariant(YamlMapping mapping, MappingShape shape) =>
        shape.Discriminator is { } key && mapping.Get(key) is YamlScalar { Kind: YamlScalarKind.Text } value
            ? shape.FindVariant(value.Value)
            : null;

    private void ReportUnknownKey(YamlScalar key, MappingShape shape, Variant? variant, IReadOnlyList<PropertyShape> known, string subject)
    {
        var owner = Owner(subject, variant);
        var otherKinds = shape.Variants.Where(v => v != variant && v.Properties.Any(p => p.Name == key.Value)).Select(v => v.Value).ToList();
        var hint = NearMiss.Hint(key.Value, known.Select(p => p.Name));
        if (hint.Length == 0 && otherKinds.Count > 0)
        {
            hint = $" ('{key.Value}' is a fact of {string.Join(", ", otherKinds)} changes)";
        }

        diagnostics.Error(DiagnosticCodes.UnknownKey, key.Location, $"unknown key '{key.Value}' in {owner}{hint}");
    }

    // Only changes have variants, so a variant's owner is always "a change of kind ...".
    private static string Owner(string subject, Variant? variant) =>
        variant is not null ? $"a change of kind '{variant.Value}'" : subject;

    /// <summary>Reports a fault; the other part of this class reaches the bag through here.</summary>
    private void Error(string code, SourceLocation location, string message) => diagnostics.Error(code, location, message);

    private void WrongType(YamlNode node, string subject, string expected, string hint = "") =>
        diagnostics.Error(DiagnosticCodes.WrongType, node.Location, node is YamlScalar { Kind: YamlScalarKind.Null }
            ? $"{subject} has no value; expected {expected}"
            : $"{subject} must be {expected}; found {node.Describe()}{hint}");
}

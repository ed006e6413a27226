using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Yaml;

namespace DossierGen.Registration;

/// <summary>
/// Checks of a product's registered details beyond their shape: unique ids, ranges the right way
/// round, reporting categories that are procedures of their market. Works on trees the shape check
/// may have faulted, so every read is guarded.
/// </summary>
public static class RegistrationChecks
{
    /// <returns>True when no error was found.</returns>
    public static bool Check(YamlMapping product, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var markets = (product.Get("markets") as YamlMapping)?.Entries.ToDictionary(e => e.Key.Value, e => (e.Value as YamlMapping)?.Get("stage") is YamlScalar s ? s.Value : null, StringComparer.Ordinal) ?? [];
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var element in (product.Get("registered") as YamlSequence)?.Items.OfType<YamlMapping>() ?? [])
        {
            if (element.Get("id") is YamlScalar { Kind: YamlScalarKind.Text } id && !ids.TryAdd(id.Value, id.Location))
            {
                local.Error(DiagnosticCodes.DuplicateRegisteredElement, id.Location, $"registered element id '{id.Value}' is used twice in this product (first at line {ids[id.Value].Line}); each element needs its own id");
            }

            CheckRange(element.Get("value"), local);
            foreach (var entry in (element.Get("markets") as YamlMapping)?.Entries ?? [])
            {
                CheckMarket(entry.Key, entry.Value as YamlMapping, markets, local);
            }
        }

        diagnostics.AddRange(local.Sorted());
        return !local.HasErrors;
    }

    /// <summary>Reports a value whose low end is above its high end.</summary>
    public static void CheckRange(YamlNode? value, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (value is YamlMapping mapping && Number(mapping.Get("low")) is { } low && Number(mapping.Get("high")) is { } high && low > high)
        {
            diagnostics.Error(DiagnosticCodes.RangeReversed, mapping.Get("low")!.Location, $"the low end {low} is above the high end {high}; write the range as low: {high}, high: {low}");
        }
    }

    private static void CheckMarket(YamlScalar key, YamlMapping? node, Dictionary<string, string?> markets, DiagnosticBag diagnostics)
    {
        if (!Enum.TryParse<Market>(key.Value, ignoreCase: false, out var market))
        {
            return;
        }

        if (!markets.TryGetValue(key.Value, out var stage))
        {
            diagnostics.Error(DiagnosticCodes.RegisteredMarketNotInProduct, key.Location, $"the product is not filed in {key.Value} (its markets: {string.Join(", ", markets.Keys)}), so nothing is registered there");
            return;
        }

        if (node is null)
        {
            return;
        }

        CheckRange(node.Get("value"), diagnostics);
        var ec = node.Get("established-condition") is YamlScalar { Value: "true" } flag ? flag : null;
        if (ec is not null && stage == "clinical")
        {
            diagnostics.Warning(DiagnosticCodes.EcForClinicalMarket, ec.Location, $"the product is clinical in {market}; established conditions and their PLCM reporting categories apply to an approved product and are ignored here");
        }

        if (node.Get("reporting-category") is not YamlScalar { Kind: YamlScalarKind.Text } category)
        {
            return;
        }

        var scale = ProcedureScale.For(market, Stage.Marketed);
        if (!scale.Contains(category.Value))
        {
            diagnostics.Error(DiagnosticCodes.ReportingCategoryNotAProcedure, category.Location, $"'{category.Value}' is not a {market} procedure for an approved product{NearMiss.Hint(category.Value, scale.Procedures)}; use one of {string.Join(", ", scale.Procedures)}");
        }
        else if (ec is null)
        {
            diagnostics.Error(DiagnosticCodes.ReportingCategoryWithoutEc, category.Location, $"a reporting category is agreed only for an established condition; add established-condition: true for {market}, or leave the category out");
        }
    }

    private static decimal? Number(YamlNode? node) =>
        node is YamlScalar s && decimal.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}

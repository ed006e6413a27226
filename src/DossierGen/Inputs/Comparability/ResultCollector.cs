using DossierGen.Diagnostics;

namespace DossierGen.Inputs.Comparability;

/// <summary>
/// Gathers a study's results from its YAML and its CSV alike and checks each where it was written:
/// the lot is declared, the result is given once, it is of the attribute's kind, and a log10
/// attribute's value is positive.
/// </summary>
internal sealed class ResultCollector(IReadOnlyDictionary<string, SourceLocation> lots, DiagnosticBag diagnostics)
{
    private readonly Dictionary<(string Attribute, string Lot), SourceLocation> _given = [];
    private readonly Dictionary<string, List<LotResult>> _results = new(StringComparer.Ordinal);

    public IReadOnlyList<LotResult> ResultsOf(string attribute) => _results.GetValueOrDefault(attribute) ?? [];

    /// <param name="number">The value when it was written as a number, else null.</param>
    public void Add(AttributeOutline attribute, string lot, SourceLocation lotAt, string text, double? number, SourceLocation valueAt)
    {
        if (!lots.ContainsKey(lot))
        {
            diagnostics.Error(DiagnosticCodes.ResultForUndeclaredLot, lotAt, $"a result for lot '{lot}', which the study does not declare under 'lots'{NearMiss.Hint(lot, lots.Keys)}");
            return;
        }

        if (!_given.TryAdd((attribute.Name, lot), lotAt))
        {
            var first = _given[(attribute.Name, lot)];
            var where = first.Path == lotAt.Path ? $"line {first.Line}" : first.ToString();
            diagnostics.Error(DiagnosticCodes.DuplicateResult, lotAt, $"lot '{lot}' has a second result for '{attribute.Name}' (first at {where}); give each result once");
            return;
        }

        if (!Check(attribute, lot, text, number, valueAt))
        {
            return;
        }

        if (!_results.TryGetValue(attribute.Name, out var list))
        {
            list = [];
            _results[attribute.Name] = list;
        }

        list.Add(attribute.Qualitative ? new LotResult(lot, null, text) : new LotResult(lot, number, null));
    }

    private bool Check(AttributeOutline attribute, string lot, string text, double? number, SourceLocation valueAt)
    {
        if (attribute.Qualitative)
        {
            if (number is not null)
            {
                diagnostics.Error(DiagnosticCodes.ResultOfWrongKind, valueAt, $"'{attribute.Name}' is judged by 'conforms', so lot '{lot}' needs a text result such as conforms, not the number {text}");
                return false;
            }

            return true;
        }

        if (number is not { } value || !double.IsFinite(value))
        {
            diagnostics.Error(DiagnosticCodes.ResultOfWrongKind, valueAt, $"the result of lot '{lot}' for '{attribute.Name}' must be a finite number, such as 1.21e13; found '{text}'");
            return false;
        }

        if (attribute.Log10 && value <= 0)
        {
            diagnostics.Error(DiagnosticCodes.LogOfNonPositive, valueAt, $"'{attribute.Name}' has transform: log10, which needs results above 0; lot '{lot}' has {text}");
            return false;
        }

        return true;
    }
}

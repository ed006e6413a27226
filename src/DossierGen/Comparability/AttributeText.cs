using System.Globalization;
using DossierGen.Assessment;
using DossierGen.Inputs.Comparability;

namespace DossierGen.Comparability;

/// <summary>
/// A judged attribute and a comparability evidence item as short text, the same in the terminal
/// table and the workbench page: the criterion, the interval or confidence interval, the standing.
/// </summary>
public static class AttributeText
{
    /// <summary>How an analytical-comparability item stands against its studies, or null when the change file lists none.</summary>
    public static string? Standing(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Status switch
        {
            null => null,
            EvidenceStatus.ToBeSupplied => item.Studies.Count == 0 ? "to be supplied (no study)" : $"{string.Join(", ", item.Studies)} (to be supplied)",
            { } status => $"{string.Join(", ", item.Studies)} ({status.ToJson()})",
        };
    }

    public static string Criterion(AttributeAnalysis attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return attribute.Attribute.Criterion switch
        {
            QualityRangeCriterion range => $"quality range, k = {NumberText.Of(range.K)}",
            MinMaxCriterion => "min-max of the pre lots",
            ToleranceIntervalCriterion tolerance => string.Create(CultureInfo.InvariantCulture, $"{tolerance.Coverage * 100:0.##} %/{tolerance.Confidence * 100:0.##} % tolerance interval") + (attribute.Factor is { } k ? $", k = {k.ToString("0.000", CultureInfo.InvariantCulture)}" : ""),
            EquivalenceCriterion equivalence => string.Create(CultureInfo.InvariantCulture, $"TOST, {(1 - (2 * equivalence.Alpha)) * 100:0.##} % CI within ±") + Margin(attribute, equivalence),
            LimitsCriterion => "limits",
            _ => "conforms",
        } + (attribute.Attribute.Transform == ValueTransform.Log10 ? " (log10)" : "");
    }

    public static string Result(AttributeAnalysis attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return attribute.Equivalence is { } tost ? $"difference {NumberText.Of(tost.Difference)}, CI {NumberText.Interval(tost.Ci.Lower, tost.Ci.Upper)}"
            : attribute.Interval is { } interval ? NumberText.Interval(interval.Lower, interval.Upper)
            : attribute.Verdict == Verdict.InsufficientData ? $"{attribute.NPre} pre, {attribute.NPost} post lots"
            : "";
    }

    private static string Margin(AttributeAnalysis attribute, EquivalenceCriterion equivalence) =>
        attribute.Equivalence is { } tost ? NumberText.Of(tost.Margin) + (equivalence.MarginSd is { } sd ? $" ({NumberText.Of(sd)} SD)" : "")
        : equivalence.Margin is { } margin ? NumberText.Of(margin)
        : $"{NumberText.Of(equivalence.MarginSd!.Value)} SD";
}

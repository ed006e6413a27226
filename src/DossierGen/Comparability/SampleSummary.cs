using MathNet.Numerics.Statistics;

namespace DossierGen.Comparability;

/// <summary>The pre-change lots of an attribute: n, mean, SD (n − 1; null for one lot), minimum and maximum, on the analysis scale.</summary>
public sealed record SampleSummary(int N, double Mean, double? Sd, double Min, double Max)
{
    public static SampleSummary? Of(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0
            ? null
            : new SampleSummary(values.Count, values.Mean(), values.Count > 1 ? values.StandardDeviation() : null, values.Min(), values.Max());
    }
}

using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace DossierGen.Comparability;

/// <summary>Two one-sided tests (TOST) of the mean difference post − pre, by its confidence interval (contract 1.5).</summary>
public static class EquivalenceTest
{
    /// <summary>Independent lots: d ± t(1 − α; n_pre + n_post − 2)·s_p·√(1/n_pre + 1/n_post), s_p the pooled SD.</summary>
    public static EquivalenceOutcome Independent(IReadOnlyList<double> pre, IReadOnlyList<double> post, double margin, double alpha)
    {
        ArgumentNullException.ThrowIfNull(pre);
        ArgumentNullException.ThrowIfNull(post);
        ArgumentOutOfRangeException.ThrowIfLessThan(pre.Count, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(post.Count, 2);
        var degrees = pre.Count + post.Count - 2;
        var pooled = Math.Sqrt((((pre.Count - 1) * pre.Variance()) + ((post.Count - 1) * post.Variance())) / degrees);
        var difference = post.Mean() - pre.Mean();
        var halfWidth = StudentT.InvCDF(0, 1, degrees, 1 - alpha) * pooled * Math.Sqrt((1.0 / pre.Count) + (1.0 / post.Count));
        return new EquivalenceOutcome(difference, new ConfidenceInterval(difference - halfWidth, difference + halfWidth), margin);
    }

    /// <summary>Split-source pairs: with d_i = post − pre within each pair, d̄ ± t(1 − α; n − 1)·s_d/√n.</summary>
    public static EquivalenceOutcome Paired(IReadOnlyList<double> differences, double margin, double alpha)
    {
        ArgumentNullException.ThrowIfNull(differences);
        ArgumentOutOfRangeException.ThrowIfLessThan(differences.Count, 2);
        var mean = differences.Mean();
        var halfWidth = StudentT.InvCDF(0, 1, differences.Count - 1, 1 - alpha) * differences.StandardDeviation() / Math.Sqrt(differences.Count);
        return new EquivalenceOutcome(mean, new ConfidenceInterval(mean - halfWidth, mean + halfWidth), margin);
    }
}

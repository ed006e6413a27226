using DossierGen.Comparability;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace DossierGen.Tests.Comparability;

/// <summary>TOST for independent and paired designs against textbook quantiles, a hand computation and its known properties.</summary>
public sealed class EquivalenceTestTests
{
    /// <summary>Student's t quantiles as printed in textbook tables (three decimals).</summary>
    [Theory]
    [InlineData(1, 0.95, 6.314)]
    [InlineData(2, 0.95, 2.920)]
    [InlineData(4, 0.95, 2.132)]
    [InlineData(5, 0.975, 2.571)]
    [InlineData(10, 0.95, 1.812)]
    [InlineData(30, 0.975, 2.042)]
    [InlineData(8, 0.99, 2.896)]
    public void TheTQuantilesAreTheTextbooksTableValues(int degrees, double probability, double table)
    {
        Assert.Equal(table, Math.Round(StudentT.InvCDF(0, 1, degrees, probability), 3), 10);
    }

    [Fact]
    public void TheIndependentIntervalIsTheHandComputedOne()
    {
        // pre 10, 12, 14 and post 11, 13, 15: d = 1, s_p = 2, t(0.95; 4) = 2.132 → 1 ± 2.132·2·√(2/3) = (-2.481, 4.481).
        var outcome = EquivalenceTest.Independent([10, 12, 14], [11, 13, 15], margin: 5, alpha: 0.05);

        Assert.Equal(1, outcome.Difference, 12);
        Assert.Equal(-2.481, outcome.Ci.Lower, 0.001);
        Assert.Equal(4.481, outcome.Ci.Upper, 0.001);
        Assert.True(outcome.Equivalent);
        Assert.False((outcome with { Margin = 4.481 }).Equivalent);
    }

    [Fact]
    public void ThePairedIntervalIsTheHandComputedOne()
    {
        // d = 1, 2, 3: mean 2, s_d = 1, t(0.95; 2) = 2.920 → 2 ± 2.920/√3 = (0.314, 3.686).
        var outcome = EquivalenceTest.Paired([1, 2, 3], margin: 4, alpha: 0.05);

        Assert.Equal(0.314, outcome.Ci.Lower, 0.001);
        Assert.Equal(3.686, outcome.Ci.Upper, 0.001);
        Assert.True(outcome.Equivalent);
    }

    [Fact]
    public void TheIntervalNarrowsAsLotsAreAdded()
    {
        double[] pattern = [9.6, 10.3, 10.1, 9.8, 10.4, 9.9];
        var widths = new[] { 1, 2, 4, 8 }.Select(times =>
        {
            var pre = Enumerable.Repeat(pattern, times).SelectMany(p => p).ToArray();
            var post = pre.Select(v => v + 0.1).ToArray();
            var ci = EquivalenceTest.Independent(pre, post, 1, 0.05).Ci;
            return ci.Upper - ci.Lower;
        }).ToList();
        var pairedWidths = new[] { 2, 3, 5, 9, 17 }.Select(n =>
        {
            var ci = EquivalenceTest.Paired([.. pattern.Concat(pattern).Concat(pattern).Take(n)], 1, 0.05).Ci;
            return ci.Upper - ci.Lower;
        }).ToList();

        Assert.Equal(widths.OrderDescending(), widths);
        Assert.Equal(pairedWidths.OrderDescending(), pairedWidths);
    }

    [Fact]
    public void ALargerAlphaGivesANarrowerInterval()
    {
        var ninety = EquivalenceTest.Independent([10, 12, 14], [11, 13, 15], 5, 0.05).Ci;
        var eighty = EquivalenceTest.Independent([10, 12, 14], [11, 13, 15], 5, 0.10).Ci;

        Assert.True(eighty.Upper - eighty.Lower < ninety.Upper - ninety.Lower);
    }

    [Fact]
    public void PairedAndIndependentShareTheirCentreAndAPerfectShiftCollapsesThePairedInterval()
    {
        double[] pre = [1210, 1520, 1830, 1390, 1650];
        var post = pre.Select(v => v + 40).ToArray();

        var independent = EquivalenceTest.Independent(pre, post, 100, 0.05);
        var paired = EquivalenceTest.Paired([.. post.Zip(pre, (b, a) => b - a)], 100, 0.05);

        // Perfectly correlated pairs (post = pre + 40): the paired interval is the shift itself, inside the independent one.
        Assert.Equal(independent.Difference, paired.Difference, 9);
        Assert.Equal(40, paired.Ci.Lower, 9);
        Assert.Equal(40, paired.Ci.Upper, 9);
        Assert.True(paired.Equivalent);
        Assert.False(independent.Equivalent);
    }

    [Fact]
    public void UncorrelatedPairsGiveTheIndependentHalfWidthScaledOnlyByTheirTQuantiles()
    {
        // Pairs chosen with zero covariance and equal spread, so s_d² = 2·s_p² and s_d/√n = s_p·√(2/n):
        // the two half-widths differ only by t(0.95; n − 1) against t(0.95; 2n − 2).
        double[] pre = [1, -1, 1, -1];
        double[] post = [1, 1, -1, -1];

        var independent = EquivalenceTest.Independent(pre, post, 10, 0.05);
        var paired = EquivalenceTest.Paired([.. post.Zip(pre, (b, a) => b - a)], 10, 0.05);

        var ratio = StudentT.InvCDF(0, 1, 3, 0.95) / StudentT.InvCDF(0, 1, 6, 0.95);
        Assert.Equal((independent.Ci.Upper - independent.Difference) * ratio, paired.Ci.Upper - paired.Difference, 12);
    }

    [Fact]
    public void EquivalenceIsDeclaredAtTheNominalRateOnTheMarginsEdge()
    {
        // With the true difference equal to the margin, TOST declares equivalence in at most α of trials.
        var random = new MersenneTwister(12);
        const int trials = 10_000;
        var declared = 0;
        for (var trial = 0; trial < trials; trial++)
        {
            var pre = Normal.Samples(random, 0, 1).Take(6).ToArray();
            var post = Normal.Samples(random, 1, 1).Take(6).ToArray();
            declared += EquivalenceTest.Independent(pre, post, 1, 0.05).Equivalent ? 1 : 0;
        }

        // Three binomial standard errors of 10,000 trials at 0.05 are 0.0066.
        Assert.InRange((double)declared / trials, 0, 0.05 + 0.0066);
    }
}

using DossierGen.Comparability;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Integration;
using MathNet.Numerics.Random;

namespace DossierGen.Tests.Comparability;

/// <summary>The exact two-sided tolerance factor against the published values of fact base 12.3 and independent computations.</summary>
public sealed class ToleranceFactorTests
{
    /// <summary>n, P, the published factor (S54 Table 21.1, γ = 0.95) and the fact base's exact recomputation to three decimals.</summary>
    public static TheoryData<int, double, double, double> FactBaseTable => new()
    {
        { 4, 0.90, 5.37, 5.368 }, { 4, 0.95, 6.34, 6.341 }, { 4, 0.99, 8.22, 8.221 },
        { 5, 0.90, 4.29, 4.291 }, { 5, 0.95, 5.08, 5.077 }, { 5, 0.99, 6.60, 6.598 },
        { 6, 0.90, 3.73, 3.733 }, { 6, 0.95, 4.42, 4.422 }, { 6, 0.99, 5.76, 5.758 },
        { 10, 0.90, 2.86, 2.856 }, { 10, 0.95, 3.39, 3.393 }, { 10, 0.99, 4.44, 4.437 },
        { 20, 0.90, 2.32, 2.319 }, { 20, 0.95, 2.76, 2.760 }, { 20, 0.99, 3.62, 3.621 },
        { 30, 0.90, 2.15, 2.145 }, { 30, 0.95, 2.55, 2.555 }, { 30, 0.99, 3.35, 3.355 },
    };

    [Theory]
    [MemberData(nameof(FactBaseTable))]
    public void TheExactFactorReproducesThePublishedTableToThreeDecimals(int n, double coverage, double published, double exact)
    {
        var k = ToleranceFactor.TwoSided(n, coverage, 0.95);

        Assert.Equal(exact, Math.Round(k, 3), 10);
        Assert.Equal(published, Math.Round(k, 2), 10);
    }

    [Fact]
    public void TheWorkedExampleGivesItsIntervalForFortyLots()
    {
        // n = 40, mean 10, s = 0.2, P = 0.90, γ = 0.99: published (9.5496, 10.4504), k₂ = 2.252; the fact base's exact value is 2.2528.
        var k = ToleranceFactor.TwoSided(40, 0.90, 0.99);

        Assert.Equal(2.2528, Math.Round(k, 4), 10);
        Assert.Equal(9.5496, 10 - (k * 0.2), 0.0002);
        Assert.Equal(10.4504, 10 + (k * 0.2), 0.0002);
    }

    [Theory]
    [InlineData(3, 0.99, 0.95)]
    [InlineData(6, 0.99, 0.95)]
    [InlineData(12, 0.95, 0.90)]
    [InlineData(40, 0.90, 0.99)]
    public void TheFactorSolvesTheDefiningIntegralComputedAdaptively(int n, double coverage, double confidence)
    {
        var k = ToleranceFactor.TwoSided(n, coverage, confidence);

        // The same equation integrated independently: adaptive Gauss-Kronrod over [0, 12/√n] (the rest weighs below 1e-30) and r(x) found by bisection.
        double Integrand(double x)
        {
            var r = Bisect(rr => Normal.CDF(0, 1, x + rr) - Normal.CDF(0, 1, x - rr) - coverage, 0, 20);
            return Math.Sqrt(2 * n / Math.PI) * (1 - ChiSquared.CDF(n - 1, (n - 1) * r * r / (k * k))) * Math.Exp(-n * x * x / 2);
        }

        var integral = GaussKronrodRule.Integrate(Integrand, 0, 12 / Math.Sqrt(n), out _, out _, 1e-10, 15, 15);

        Assert.Equal(confidence, integral, 1e-6);
    }

    [Fact]
    public void IntervalsFromTheFactorCoverTheirShareAsOftenAsTheConfidenceSays()
    {
        // Simulated: samples of 10 from N(0, 1); x̄ ± k₂·s covers at least 90 % of N(0, 1) in about 95 % of samples.
        const int n = 10;
        const int trials = 20_000;
        var k = ToleranceFactor.TwoSided(n, 0.90, 0.95);
        var random = new MersenneTwister(20261201);
        var covered = 0;
        for (var trial = 0; trial < trials; trial++)
        {
            var sample = Normal.Samples(random, 0, 1).Take(n).ToArray();
            var mean = sample.Average();
            var sd = MathNet.Numerics.Statistics.Statistics.StandardDeviation(sample);
            if (Normal.CDF(0, 1, mean + (k * sd)) - Normal.CDF(0, 1, mean - (k * sd)) >= 0.90)
            {
                covered++;
            }
        }

        // Three binomial standard errors of 20,000 trials at 0.95 are 0.0046.
        Assert.Equal(0.95, (double)covered / trials, 0.0046);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(30)]
    public void HowesApproximationIsWithinTwoHundredthsFromTenLotsOn(int n)
    {
        foreach (var coverage in new[] { 0.90, 0.95, 0.99 })
        {
            Assert.Equal(ToleranceFactor.TwoSided(n, coverage, 0.95), Howe(n, coverage, 0.95), 0.02);
        }
    }

    [Fact]
    public void TheFactorIsNotHowesWhereHoweIsFarOffForFourLots()
    {
        // Howe gives 8.409 at n = 4, P = 0.99, γ = 0.95; the exact factor is 8.221.
        var exact = ToleranceFactor.TwoSided(4, 0.99, 0.95);

        Assert.Equal(8.409, Math.Round(Howe(4, 0.99, 0.95), 3), 10);
        Assert.True(Howe(4, 0.99, 0.95) - exact > 0.15, $"exact {exact}");
    }

    [Fact]
    public void MoreLotsGiveASmallerFactorApproachingTheNormalQuantile()
    {
        var factors = new[] { 3, 4, 6, 10, 30, 100, 1000 }.Select(n => ToleranceFactor.TwoSided(n, 0.99, 0.95)).ToList();

        Assert.Equal(factors.OrderDescending(), factors);
        Assert.InRange(factors[^1], Normal.InvCDF(0, 1, 0.995), Normal.InvCDF(0, 1, 0.995) * 1.05);
    }

    /// <summary>Howe's approximation (fact base 12.2), here only to show the exact factor is something else.</summary>
    private static double Howe(int n, double coverage, double confidence) =>
        Normal.InvCDF(0, 1, (1 + coverage) / 2) * Math.Sqrt((n - 1) * (1 + (1.0 / n)) / ChiSquared.InvCDF(n - 1, 1 - confidence));

    private static double Bisect(Func<double, double> f, double low, double high)
    {
        for (var i = 0; i < 200; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = f(middle) < 0 ? (middle, high) : (low, middle);
        }

        return (low + high) / 2;
    }
}

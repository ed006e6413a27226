using System.Collections.Concurrent;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Integration;
using MathNet.Numerics.RootFinding;

namespace DossierGen.Comparability;

/// <summary>
/// The exact two-sided normal tolerance factor k₂ (ISO 16269-6): x̄ ± k₂·s covers at least a
/// proportion P of a normal population with confidence γ. k₂ solves
/// √(2n/π) ∫₀^∞ P[χ²(n−1) > (n−1)r²/k₂²] e^(−n x²/2) dx = γ, where r = r(x) solves
/// Φ(x + r) − Φ(x − r) = P. Howe's closed form is not used: it is off by up to 0.19 at n = 4.
/// </summary>
public static class ToleranceFactor
{
    // 128 Gauss-Legendre nodes integrate this smooth integrand to far below the 1e-4 the tables need.
    private const int QuadratureOrder = 128;

    // Beyond 8.5/√n the weight e^(−n x²/2) is below 1e-15: nothing of the integral lies there.
    private const double IntegrationSpan = 8.5;

    private static readonly ConcurrentDictionary<(int N, double Coverage, double Confidence), double> Known = new();

    public static double TwoSided(int n, double coverage, double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        if (!(coverage is > 0 and < 1) || !(confidence is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(coverage), "coverage and confidence lie strictly between 0 and 1");
        }

        return Known.GetOrAdd((n, coverage, confidence), key => Solve(key.N, key.Coverage, key.Confidence));
    }

    /// <summary>The confidence that x̄ ± k·s covers a proportion P, the left side of the defining equation.</summary>
    public static double Confidence(int n, double coverage, double k) => new Integrand(n, coverage).Confidence(k);

    private static double Solve(int n, double coverage, double confidence)
    {
        var integrand = new Integrand(n, coverage);
        double Excess(double k) => integrand.Confidence(k) - confidence;

        // The confidence rises with k from 0 towards 1: widen a bracket about z((1 + P)/2) until it holds the root.
        var lower = Normal.InvCDF(0, 1, (1 + coverage) / 2);
        var upper = 2 * lower;
        while (Excess(lower) > 0)
        {
            lower /= 2;
        }

        while (Excess(upper) < 0)
        {
            upper *= 2;
        }

        return Brent.FindRoot(Excess, lower, upper, accuracy: 1e-12, maxIterations: 500);
    }

    /// <summary>The integral's nodes, weights and r(x), which do not depend on k, worked out once.</summary>
    private sealed class Integrand
    {
        private readonly double _degrees;
        private readonly double[] _weights;
        private readonly double[] _rSquared;

        public Integrand(int n, double coverage)
        {
            _degrees = n - 1;
            var rule = new GaussLegendreRule(0, IntegrationSpan / Math.Sqrt(n), QuadratureOrder);
            var scale = Math.Sqrt(2 * n / Math.PI);
            _weights = [.. rule.Abscissas.Select((x, i) => rule.Weights[i] * scale * Math.Exp(-n * x * x / 2))];
            _rSquared = [.. rule.Abscissas.Select(x => Math.Pow(HalfWidth(x, coverage), 2))];
        }

        public double Confidence(double k)
        {
            var sum = 0.0;
            for (var i = 0; i < _weights.Length; i++)
            {
                // P[χ²(ν) > v] = Q(ν/2, v/2), the regularised upper incomplete gamma function.
                sum += _weights[i] * SpecialFunctions.GammaUpperRegularized(_degrees / 2, _degrees * _rSquared[i] / (2 * k * k));
            }

            return sum;
        }

        /// <summary>r with Φ(x + r) − Φ(x − r) = P: the half-width about a mean x that covers P of N(0, 1).</summary>
        private static double HalfWidth(double x, double coverage)
        {
            var central = Normal.InvCDF(0, 1, (1 + coverage) / 2);
            if (x == 0)
            {
                return central;
            }

            // The covered share shrinks as the interval moves off centre, so r lies between its centred value and that plus x.
            return Brent.FindRoot(r => Normal.CDF(0, 1, x + r) - Normal.CDF(0, 1, x - r) - coverage, central, central + x, accuracy: 1e-14, maxIterations: 200);
        }
    }
}

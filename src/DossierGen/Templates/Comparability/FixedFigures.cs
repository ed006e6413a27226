using System.Globalization;
using System.Text;

namespace DossierGen.Templates.Comparability;

/// <summary>
/// Numbers of one attribute written with a fixed number of significant figures, taken from the
/// data's own precision: the most significant digits any of its results is written with (1.21e13
/// has 3, 98 has 2, 0.050 is read as 0.05 and has 1; the trailing zeros of a whole number count below 100 000 only), at least 2 and at most 6. Results are shown
/// with that many, statistics (mean, SD, limits, intervals) with one more, as is usual for derived
/// values. Magnitudes from 0.001 to below 100 000 are written plainly, others as 1.21 × 10¹³.
/// Invariant culture throughout.
/// </summary>
public static class FixedFigures
{
    private const int Fewest = 2;
    private const int Most = 6;
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The significant figures of an attribute's results: the most any one is written with, within [2, 6].</summary>
    public static int Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var most = values.Where(double.IsFinite).Select(Digits).DefaultIfEmpty(Fewest).Max();
        return Math.Clamp(most, Fewest, Most);
    }

    /// <summary>The figures statistics derived from results of <paramref name="figures"/> are shown with.</summary>
    public static int ForStatistics(int figures) => Math.Min(figures + 1, Most);

    /// <summary>The value to <paramref name="figures"/> significant figures; a negative value with a true minus sign (−), as typeset text has it.</summary>
    public static string Format(double value, int figures) => value < 0 ? "−" + Unsigned(-value, figures) : Unsigned(value, figures);

    private static string Unsigned(double value, int figures)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var magnitude = Math.Abs(value);
        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        if (magnitude >= 1e-3 && magnitude < 1e5)
        {
            var decimals = figures - 1 - exponent;
            if (decimals <= 0)
            {
                var unit = Math.Pow(10, -decimals);
                return (Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit).ToString("F0", CultureInfo.InvariantCulture);
            }

            return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        var mantissa = Math.Round(value / Math.Pow(10, exponent), figures - 1, MidpointRounding.AwayFromZero);
        if (Math.Abs(mantissa) >= 10)
        {
            // 9.996e12 to three figures is 1.00 × 10¹³: carry into the exponent.
            mantissa /= 10;
            exponent++;
        }

        return mantissa.ToString("F" + (figures - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " × 10" + Superscript(exponent);
    }

    /// <summary>Significant digits of the shortest text that reads back as <paramref name="value"/>; trailing zeros of a whole number count.</summary>
    private static int Digits(double value)
    {
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var e = text.IndexOfAny(['E', 'e']);
        var mantissa = e < 0 ? text : text[..e];
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal).TrimStart('0');
        if (!mantissa.Contains('.', StringComparison.Ordinal) && Math.Abs(value) >= 1e5)
        {
            // 12100000000000 is how 1.21e13 reads back: its zeros hold the place, not the precision.
            digits = digits.TrimEnd('0');
        }

        return Math.Max(1, digits.Length);
    }

    private static string Superscript(int exponent)
    {
        var text = new StringBuilder();
        if (exponent < 0)
        {
            text.Append('⁻');
        }

        foreach (var digit in Math.Abs(exponent).ToString(CultureInfo.InvariantCulture))
        {
            text.Append(Superscripts[digit - '0']);
        }

        return text.ToString();
    }
}

using System.Globalization;

namespace DossierGen.Comparability;

/// <summary>Statistics as people read them in a message or a table: four significant figures, invariant culture, 1.21e13 for large and small magnitudes.</summary>
public static class NumberText
{
    public static string Of(double value)
    {
        var magnitude = Math.Abs(value);
        if (value == 0 || (magnitude >= 1e-3 && magnitude < 1e5))
        {
            return value.ToString("G4", CultureInfo.InvariantCulture);
        }

        var exponent = (int)Math.Floor(Math.Log10(magnitude));
        var mantissa = Math.Round(value / Math.Pow(10, exponent), 3);
        if (Math.Abs(mantissa) >= 10)
        {
            // 9.9996e12 rounds up to 10.00e12: carry into the exponent.
            mantissa /= 10;
            exponent++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{mantissa:0.###}e{exponent}");
    }

    /// <summary>An interval as [lower, upper], or as ≤ upper / ≥ lower where one side is open (limits).</summary>
    public static string Interval(double? lower, double? upper) => (lower, upper) switch
    {
        (null, { } u) => "≤ " + Of(u),
        ({ } l, null) => "≥ " + Of(l),
        _ => $"[{Of(lower!.Value)}, {Of(upper!.Value)}]",
    };
}

namespace DossierGen.Word.Charts;

/// <summary>
/// A value axis that frames the data and the limits with a little room and round steps (1, 2, 2.5
/// or 5 times a power of ten): Word's and LibreOffice's automatic axes start at zero, which flattens
/// lots that differ by a few percent into one line, and they would not agree with each other.
/// </summary>
public readonly record struct AxisScale(double Minimum, double Maximum, double Step)
{
    private const int Steps = 5;

    public static AxisScale Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        var low = list.Min();
        var high = list.Max();
        var span = high - low;
        if (span <= 0)
        {
            span = low == 0 ? 1 : Math.Abs(low) * 0.2;
        }

        var step = Nice(span * 1.1 / Steps);
        var minimum = Math.Floor((low - (span * 0.05)) / step) * step;
        var maximum = Math.Ceiling((high + (span * 0.05)) / step) * step;
        if (low >= 0 && minimum < 0)
        {
            // Amounts are not negative: do not draw an axis below zero for them.
            minimum = 0;
        }

        return new AxisScale(minimum, maximum, step);
    }

    private static double Nice(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}

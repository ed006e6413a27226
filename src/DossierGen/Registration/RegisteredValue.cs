using System.Globalization;

namespace DossierGen.Registration;

/// <summary>A registered or proposed value: a range, a set point, a text, or "not registered".</summary>
public sealed record RegisteredValue(decimal? Low, decimal? High, decimal? SetPoint, string? Unit, string? Text, bool Absent)
{
    public static RegisteredValue OfText(string text) => new(null, null, null, null, text, false);

    public bool IsNumeric => Low is not null || High is not null || SetPoint is not null;

    public bool IsRange => Low is not null || High is not null;

    /// <summary>The value as a reader of the memo or explain output would write it: "2–5 vg/cell (set point 3)".</summary>
    public string Describe()
    {
        if (Absent)
        {
            return "not registered";
        }

        var unit = Unit is null ? "" : " " + Unit;
        var parts = new List<string>();
        if (Low is { } low && High is { } high)
        {
            parts.Add($"{Format(low)}–{Format(high)}{unit}");
        }
        else if (Low is { } onlyLow)
        {
            parts.Add($"≥ {Format(onlyLow)}{unit}");
        }
        else if (High is { } onlyHigh)
        {
            parts.Add($"≤ {Format(onlyHigh)}{unit}");
        }

        if (SetPoint is { } point)
        {
            parts.Add(parts.Count == 0 ? $"{Format(point)}{unit}" : $"(set point {Format(point)}{unit})");
        }

        if (Text is not null)
        {
            parts.Add(parts.Count == 0 ? Text : $"({Text})");
        }

        return string.Join(" ", parts);
    }

    private static string Format(decimal value) => value.ToString("G", CultureInfo.InvariantCulture);
}

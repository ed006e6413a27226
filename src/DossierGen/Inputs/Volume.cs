using System.Globalization;
using System.Text.RegularExpressions;

namespace DossierGen.Inputs;

/// <summary>A volume such as <c>50 L</c> or <c>500 mL</c>, kept both as written and in litres for comparisons.</summary>
public readonly partial record struct Volume(decimal Litres, string Text)
{
    /// <summary>
    /// The pattern the reader and the JSON Schema both use, so they accept the same volumes. At most
    /// 9 digits before the point and 6 after keep every volume and every ratio of two volumes (the
    /// scale factor) well inside decimal's range.
    /// </summary>
    public const string Pattern = @"^([0-9]{1,9}(\.[0-9]{1,6})?) ?(mL|ml|L|l|kL|kl|m3|m³)$";

    public static bool TryParse(string text, out Volume volume)
    {
        ArgumentNullException.ThrowIfNull(text);
        volume = default;
        var match = VolumeRegex().Match(text.Trim());
        if (!match.Success || !decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        var factor = match.Groups[3].Value switch
        {
            "mL" or "ml" => 0.001m,
            "L" or "l" => 1m,
            _ => 1000m,
        };
        volume = new Volume(amount * factor, text.Trim());
        return amount > 0;
    }

    public override string ToString() => Text;

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex VolumeRegex();
}

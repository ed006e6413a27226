using System.Globalization;

namespace DossierGen.Yaml;

/// <summary>The value of a scalar that resolved to a number under the YAML 1.2 core schema.</summary>
public static class YamlNumber
{
    /// <summary>The number, or null when the scalar is not one; <c>.inf</c> and <c>.nan</c> come back as infinity and NaN.</summary>
    public static double? Of(YamlScalar scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        var text = scalar.Value;
        return scalar.Kind switch
        {
            YamlScalarKind.WholeNumber when text.StartsWith("0x", StringComparison.Ordinal) => long.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) ? hex : null,
            YamlScalarKind.WholeNumber when text.StartsWith("0o", StringComparison.Ordinal) => Octal(text.AsSpan(2)),
            YamlScalarKind.WholeNumber or YamlScalarKind.RealNumber => Decimal(text),
            _ => null,
        };
    }

    private static double? Decimal(string text)
    {
        var unsigned = text.TrimStart('+', '-');
        var sign = text.StartsWith('-') ? -1 : 1;
        return unsigned switch
        {
            ".inf" or ".Inf" or ".INF" => sign * double.PositiveInfinity,
            ".nan" or ".NaN" or ".NAN" => double.NaN,
            _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
    }

    private static double? Octal(ReadOnlySpan<char> digits)
    {
        double value = 0;
        foreach (var digit in digits)
        {
            value = (value * 8) + (digit - '0');
        }

        return value;
    }
}

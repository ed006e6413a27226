using System.Globalization;

namespace DossierGen.Review.Reading;

/// <summary>
/// The WordprocessingML attribute values DossierGen's readers turn into numbers (list levels, list
/// and footnote ids), with the range each must lie in. The Open XML SDK parses them only when they
/// are read, and throws on "one", "1e3" or a value beyond Int32; a list level outside 0-8 would
/// indent a line by billions of spaces. Checking them here, while the part streams past, lets the
/// readers take every value as given.
/// </summary>
internal static class WordAttributeRules
{
    private static readonly Dictionary<(string Element, string Attribute), (long Min, long Max)> Ranges = new()
    {
        [("ilvl", "val")] = (0, WordInputLimits.MaxListLevel),
        [("lvl", "ilvl")] = (0, WordInputLimits.MaxListLevel),
        [("numId", "val")] = (int.MinValue, int.MaxValue),
        [("num", "numId")] = (int.MinValue, int.MaxValue),
        [("abstractNum", "abstractNumId")] = (int.MinValue, int.MaxValue),
        [("abstractNumId", "val")] = (int.MinValue, int.MaxValue),
        [("footnote", "id")] = (long.MinValue, long.MaxValue),
        [("endnote", "id")] = (long.MinValue, long.MaxValue),
        [("footnoteReference", "id")] = (long.MinValue, long.MaxValue),
        [("endnoteReference", "id")] = (long.MinValue, long.MaxValue),
    };

    /// <returns>Why the value is refused, or null when it is fine or not one DossierGen reads as a number.</returns>
    public static string? Check(string element, string attribute, string value)
    {
        if (!Ranges.TryGetValue((element, attribute), out var range))
        {
            return null;
        }

        // The styles the SDK parses these with (XmlConvert): an optional sign and surrounding white space.
        const NumberStyles Styles = NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign;
        if (!long.TryParse(value, Styles, CultureInfo.InvariantCulture, out var number) || number < range.Min || number > range.Max)
        {
            return range.Max == WordInputLimits.MaxListLevel
                ? $"w:{element} has w:{attribute}=\"{value}\"; a list level is a whole number from 0 to {WordInputLimits.MaxListLevel}"
                : $"w:{element} has w:{attribute}=\"{value}\", which is not a whole number in range";
        }

        return null;
    }
}

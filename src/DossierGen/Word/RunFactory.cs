using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Word;

/// <summary>Builds runs: text with the current emphasis, East Asian hints, and field characters.</summary>
public static class RunFactory
{
    public static Run Text(string text, RunFormat style, bool eastAsian = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var run = new Run();
        var properties = Properties(style, eastAsian);
        if (properties is not null)
        {
            run.Append(properties);
        }

        // xml:space="preserve" only where Word would otherwise drop spaces: it is thousands of attributes in a long section.
        var safe = XmlSafe(text);
        run.Append(safe.Length > 0 && (char.IsWhiteSpace(safe[0]) || char.IsWhiteSpace(safe[^1]))
            ? new Text(safe) { Space = SpaceProcessingModeValues.Preserve }
            : new Text(safe));
        return run;
    }

    /// <summary>Drops characters XML 1.0 cannot hold (a YAML escape such as \x01 in a user's text).</summary>
    public static string XmlSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!System.Xml.XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            {
                return string.Concat(text.Where(x => System.Xml.XmlConvert.IsXmlChar(x) || char.IsSurrogate(x)));
            }
        }

        return text;
    }

    private static RunProperties? Properties(RunFormat style, bool eastAsian)
    {
        if (style == RunFormat.Plain && !eastAsian)
        {
            return null;
        }

        // Child order follows the schema (rStyle, rFonts, b, i, ..., lang); the validator checks it.
        var properties = new RunProperties();
        if (style.CharacterStyle is not null)
        {
            properties.Append(new RunStyle { Val = style.CharacterStyle });
        }

        if (eastAsian)
        {
            properties.Append(new RunFonts { Hint = FontTypeHintValues.EastAsia });
        }

        if (style.Bold)
        {
            properties.Append(new Bold());
        }

        if (style.Italic)
        {
            properties.Append(new Italic());
        }

        if (eastAsian)
        {
            properties.Append(new Languages { EastAsia = "ja-JP" });
        }

        return properties;
    }

    /// <summary>The runs of a complex field (PAGE, NUMPAGES, TOC ...): begin, instruction, separate, result, end.</summary>
    public static IEnumerable<Run> Field(string instruction, string placeholder, bool dirty = false)
    {
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = dirty ? true : null });
        yield return new Run(new FieldCode(" " + instruction + " ") { Space = SpaceProcessingModeValues.Preserve });
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Separate });
        yield return new Run(new Text(placeholder) { Space = SpaceProcessingModeValues.Preserve });
        yield return new Run(new FieldChar { FieldCharType = FieldCharValues.End });
    }
}

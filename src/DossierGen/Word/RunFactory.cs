using DossierGen.Word.Xml;

namespace DossierGen.Word;

/// <summary>Builds runs: text with the current emphasis, East Asian hints, and field characters.</summary>
public static class RunFactory
{
    public static WordElement Text(string text, RunFormat style, bool eastAsian = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var run = new WordElement(Wml.Run);
        if (Properties(style, eastAsian) is { } properties)
        {
            run.Add(properties);
        }

        return run.Add(TextElement(text));
    }

    /// <summary>A w:t of the text without the characters XML cannot hold, keeping spaces at its ends.</summary>
    public static WordElement TextElement(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // xml:space="preserve" only where Word would otherwise drop spaces: it is thousands of attributes in a long section.
        var safe = XmlChars.Clean(text);
        var element = new WordElement(Wml.Text, safe);
        if (safe.Length > 0 && (char.IsWhiteSpace(safe[0]) || char.IsWhiteSpace(safe[^1])))
        {
            element.With("xml:space", "preserve");
        }

        return element;
    }

    /// <summary>A run holding one element (a break, a footnote reference), with an optional character style.</summary>
    public static WordElement Holding(WordElement content, string? characterStyle = null)
    {
        var run = new WordElement(Wml.Run);
        if (characterStyle is not null)
        {
            run.Add(new WordElement("w:rPr").Add(Wml.Valued("w:rStyle", characterStyle)));
        }

        return run.Add(content);
    }

    private static WordElement? Properties(RunFormat style, bool eastAsian)
    {
        if (style == RunFormat.Plain && !eastAsian)
        {
            return null;
        }

        // Child order follows the schema (rStyle, rFonts, b, i, ..., lang); the validator checks it.
        var properties = new WordElement("w:rPr");
        if (style.CharacterStyle is not null)
        {
            properties.Add(Wml.Valued("w:rStyle", style.CharacterStyle));
        }

        if (eastAsian)
        {
            properties.Add(new WordElement("w:rFonts").With("w:hint", "eastAsia"));
        }

        if (style.Bold)
        {
            properties.Add(new WordElement("w:b"));
        }

        if (style.Italic)
        {
            properties.Add(new WordElement("w:i"));
        }

        if (style.Underline)
        {
            properties.Add(Wml.Valued("w:u", "single"));
        }

        if (eastAsian)
        {
            properties.Add(new WordElement("w:lang").With("w:eastAsia", "ja-JP"));
        }

        return properties;
    }

    /// <summary>The runs of a complex field (PAGE, NUMPAGES, TOC ...): begin, instruction, separate, result, end.</summary>
    public static IEnumerable<WordElement> Field(string instruction, string placeholder, bool dirty = false)
    {
        var begin = new WordElement("w:fldChar").With("w:fldCharType", "begin");
        if (dirty)
        {
            begin.With("w:dirty", "true");
        }

        yield return Holding(begin);
        yield return Holding(new WordElement("w:instrText", " " + instruction + " ").With("xml:space", "preserve"));
        yield return Holding(new WordElement("w:fldChar").With("w:fldCharType", "separate"));
        yield return Holding(new WordElement(Wml.Text, placeholder).With("xml:space", "preserve"));
        yield return Holding(new WordElement("w:fldChar").With("w:fldCharType", "end"));
    }
}

namespace DossierGen.Word.Xml;

/// <summary>The WordprocessingML namespaces and the few element shapes every renderer needs.</summary>
public static class Wml
{
    public const string MainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const string Paragraph = "w:p";
    public const string ParagraphProperties = "w:pPr";
    public const string Run = "w:r";
    public const string Text = "w:t";
    public const string Table = "w:tbl";

    /// <summary>A paragraph whose properties name a style: <c>&lt;w:p&gt;&lt;w:pPr&gt;&lt;w:pStyle w:val="…" /&gt;&lt;/w:pPr&gt;&lt;/w:p&gt;</c>.</summary>
    public static WordElement StyledParagraph(string style) =>
        new WordElement(Paragraph).Add(new WordElement(ParagraphProperties).Add(Valued("w:pStyle", style)));

    /// <summary>An element with only a <c>w:val</c> attribute, the commonest shape in WordprocessingML.</summary>
    public static WordElement Valued(string name, string value) => new WordElement(name).With("w:val", value);

    /// <summary>The root of a part, declaring the namespaces its content uses.</summary>
    public static WordElement Root(string name, bool relationships)
    {
        var root = new WordElement(name);
        if (relationships)
        {
            root.With("xmlns:r", RelationshipsNamespace);
        }

        return root.With("xmlns:w", MainNamespace);
    }

    /// <summary>The text of every <c>w:t</c> below <paramref name="element"/>, in order.</summary>
    public static string TextOf(WordElement element) =>
        string.Concat(element.Descendants().Where(e => e.Name == Text).Select(e => e.Text));
}

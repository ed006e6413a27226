namespace DossierGen.Word.Xml;

/// <summary>
/// Adds properties to a paragraph's <c>w:pPr</c> in the order the schema requires (the validator
/// rejects any other), whatever the renderer already put there.
/// </summary>
public static class ParagraphProperties
{
    /// <summary>The children of <c>w:pPr</c> DossierGen writes, in schema order (CT_PPr).</summary>
    private static readonly string[] Order =
    [
        "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl", "w:numPr", "w:suppressLineNumbers",
        "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
        "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
        "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    ];

    /// <summary>Adds <paramref name="element"/> to the properties of <paramref name="paragraph"/> unless one of its name is already there.</summary>
    public static void Add(WordElement paragraph, WordElement element)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(element);
        var properties = paragraph.Child(Wml.ParagraphProperties);
        if (properties is null)
        {
            properties = new WordElement(Wml.ParagraphProperties);
            paragraph.Insert(0, properties);
        }

        if (properties.Child(element.Name) is not null)
        {
            return;
        }

        var rank = Rank(element.Name);
        var at = 0;
        while (at < properties.Children.Count && Rank(properties.Children[at].Name) <= rank)
        {
            at++;
        }

        properties.Insert(at, element);
    }

    private static int Rank(string name)
    {
        var index = Array.IndexOf(Order, name);
        return index < 0 ? throw new ArgumentException($"'{name}' is not a paragraph property DossierGen writes", nameof(name)) : index;
    }
}

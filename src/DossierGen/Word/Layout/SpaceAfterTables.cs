using DossierGen.Word.Xml;

namespace DossierGen.Word.Layout;

/// <summary>
/// Leaves a space after every table: the paragraph that follows one (in the body, a cell or a
/// footnote) starts 6 pt lower, as body text ends 6 pt above the next paragraph, instead of
/// touching the table's bottom border. Headings and captions keep their own space before.
/// </summary>
internal static class SpaceAfterTables
{
    private const string Before = "120";

    public static void Apply(IEnumerable<WordElement> containers)
    {
        foreach (var container in containers)
        {
            var children = container.Children;
            for (var i = 1; i < children.Count; i++)
            {
                if (children[i - 1].Name == Wml.Table && children[i].Name == Wml.Paragraph && !HasOwnSpaceBefore(children[i]))
                {
                    ParagraphProperties.Add(children[i], new WordElement("w:spacing").With("w:before", Before));
                }
            }
        }
    }

    private static bool HasOwnSpaceBefore(WordElement paragraph) =>
        paragraph.Child(Wml.ParagraphProperties)?.Child("w:pStyle")?.Attribute("w:val") is { } style
        && (style.StartsWith("Heading", StringComparison.Ordinal) || style is StyleIds.Caption or StyleIds.TocHeading);
}

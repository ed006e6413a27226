using DossierGen.Word.Xml;

namespace DossierGen.Word;

/// <summary>
/// A TOC field whose result already lists the headings that follow it, from the highest of their
/// levels to level 3, so the contents read right in any viewer; Word or LibreOffice add page
/// numbers when the field is updated (generate --pdf has LibreOffice update it). The field covers
/// the same levels, so the document's title, a level-1 heading above the contents, is left out
/// when the sections below it start at level 2, as an update would otherwise add it.
/// </summary>
internal static class TableOfContentsField
{
    /// <summary>Fills <paramref name="placeholder"/>, a paragraph of <paramref name="body"/>, with the headings after it.</summary>
    public static void Fill(WordElement body, WordElement placeholder)
    {
        var at = body.Children.ToList().IndexOf(placeholder);
        var headings = body.Children.Skip(at + 1)
            .Where(p => p.Name == Wml.Paragraph)
            .Select(p => (Paragraph: p, Style: p.Child(Wml.ParagraphProperties)?.Child("w:pStyle")?.Attribute("w:val")))
            .Where(h => h.Style is "Heading1" or "Heading2" or "Heading3")
            .Select(h => (Level: h.Style![^1] - '0', Text: Wml.TextOf(h.Paragraph)))
            .ToList();
        var top = headings.Count == 0 ? 1 : headings.Min(h => h.Level);
        var runs = RunFactory.Field($"TOC \\o \"{top}-3\" \\h \\z \\u", "", dirty: true).ToList();
        placeholder.Add(runs[0], runs[1], runs[2]);
        var last = placeholder;
        foreach (var (level, text) in headings)
        {
            last = Wml.StyledParagraph("TOC" + level).Add(RunFactory.Text(text, RunFormat.Plain, Scripts.ContainsEastAsian(text)));
            body.Insert(++at, last);
        }

        last.Add(runs[4]);
    }
}

using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Word;

/// <summary>
/// A TOC field whose result already lists the headings (levels 1-3), so the contents read right in
/// any viewer; Word or LibreOffice add page numbers when the field is updated.
/// </summary>
internal static class TableOfContentsField
{
    public static void Fill(Paragraph placeholder)
    {
        var headings = placeholder.ElementsAfter().OfType<Paragraph>()
            .Select(p => (Paragraph: p, Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value))
            .Where(h => h.Style is "Heading1" or "Heading2" or "Heading3")
            .Select(h => (Level: h.Style![^1] - '0', Text: string.Concat(h.Paragraph.Descendants<Text>().Select(t => t.Text))))
            .ToList();
        var runs = RunFactory.Field("TOC \\o \"1-3\" \\h \\z \\u", "", dirty: true).ToList();
        var first = placeholder;
        first.Append(runs[0], runs[1], runs[2]);
        var last = first;
        foreach (var (level, text) in headings)
        {
            var entry = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC" + level }), RunFactory.Text(text, RunFormat.Plain, Scripts.ContainsEastAsian(text)));
            last.InsertAfterSelf(entry);
            last = entry;
        }

        last.Append(runs[4]);
    }
}

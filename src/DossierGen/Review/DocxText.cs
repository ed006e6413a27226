using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierGen.Review.Reading;

namespace DossierGen.Review;

/// <summary>
/// A .docx as stable text for <c>git diff</c>: one line per paragraph (headings with #, list items
/// with -, table rows as | cells |), footnote references as [^n] and the footnotes at the end.
/// Tracked changes show as accepted (inserted text in, deleted text out). Formatting, headers and
/// footers are left out: they are the same for every regeneration and only add noise.
/// </summary>
public static class DocxText
{
    /// <exception cref="InvalidDataException">The Open XML SDK refuses a part the package check let through.</exception>
    public static string Extract(CheckedDocx docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var stream = docx.Stream();
        using var document = CheckedDocx.Open(stream);
        var main = document.MainDocumentPart!;
        var text = new StringBuilder();
        foreach (var block in main.Document!.Body!.ChildElements)
        {
            switch (block)
            {
                case Paragraph paragraph:
                    AppendParagraph(paragraph, text);
                    break;
                case Table table:
                    AppendTable(table, text);
                    break;
                default:
                    break;
            }
        }

        var footnotes = main.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(f => f.Id?.Value > 0).ToList() ?? [];
        if (footnotes.Count > 0)
        {
            text.Append('\n');
            foreach (var footnote in footnotes)
            {
                text.Append("[^").Append(footnote.Id!.Value).Append("]: ").Append(string.Join(" ", footnote.Elements<Paragraph>().Select(p => Inline(p).Trim()))).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The text of bytes that should be a Word document (DossierGen's own output, in tests).</summary>
    /// <exception cref="InvalidDataException">The bytes cannot be read as a Word document.</exception>
    public static string Extract(byte[] docx) => Extract(CheckedDocx.Of(docx));

    /// <summary>The visible text of a paragraph, as <see cref="Extract(CheckedDocx)"/> prints it (without its prefix).</summary>
    public static string Inline(OpenXmlElement paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t when t.Ancestors<DeletedRun>().FirstOrDefault() is null:
                    text.Append(t.Text);
                    break;
                case FootnoteReference reference:
                    text.Append("[^").Append(reference.Id?.Value).Append(']');
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case Break:
                    text.Append(' ');
                    break;
                default:
                    break;
            }
        }

        return text.ToString();
    }

    private static void AppendParagraph(Paragraph paragraph, StringBuilder text)
    {
        var content = Inline(paragraph);
        var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        if (style.StartsWith("Heading", StringComparison.Ordinal) && style.Length == 8 && char.IsDigit(style[7]))
        {
            text.Append('\n').Append('#', style[7] - '0').Append(' ').Append(content).Append('\n');
            return;
        }

        if (content.Length == 0)
        {
            return;
        }

        if (paragraph.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } level)
        {
            text.Append(' ', 2 * level).Append("- ");
        }

        text.Append(content).Append('\n');
    }

    private static void AppendTable(Table table, StringBuilder text)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            text.Append('|');
            foreach (var cell in row.Elements<TableCell>())
            {
                text.Append(' ').Append(string.Join(" ", cell.Elements<Paragraph>().Select(Inline).Where(s => s.Length > 0))).Append(" |");
            }

            text.Append('\n');
        }
    }
}

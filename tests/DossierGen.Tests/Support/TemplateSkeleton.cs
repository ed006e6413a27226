using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierGen.Review;

namespace DossierGen.Tests.Support;

/// <summary>
/// What the template alone decides in a generated document, which no user text may change: its
/// level 1 and 2 headings in order, the paragraphs of its verify box, and DossierGen's citations.
/// </summary>
internal sealed record TemplateSkeleton(IReadOnlyList<string> Headings, IReadOnlyList<string> VerifyNotes, IReadOnlyList<string> Footnotes)
{
    public static TemplateSkeleton Of(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Descendants<Paragraph>().Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "", Text: DocxText.Inline(p))).ToList();
        return new TemplateSkeleton(
            [.. paragraphs.Where(p => p.Style is "Heading1" or "Heading2").Select(p => p.Style + " " + p.Text)],
            [.. paragraphs.Where(p => p.Style == "VerifyNote").Select(p => p.Text)],
            [.. (main.FootnotesPart?.Footnotes?.Elements<Footnote>() ?? []).Where(f => f.Id?.Value > 0).Select(f => string.Join(" ", f.Elements<Paragraph>().Select(p => DocxText.Inline(p).Trim())))]);
    }

    /// <summary>What <paramref name="actual"/> lost or gained against this skeleton (a document without user text); empty when it is whole.</summary>
    public IEnumerable<string> Differences(TemplateSkeleton actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        if (!Headings.SequenceEqual(actual.Headings))
        {
            yield return "headings differ:\n  expected: " + string.Join(" / ", Headings) + "\n  actual:   " + string.Join(" / ", actual.Headings);
        }

        if (!VerifyNotes.SequenceEqual(actual.VerifyNotes))
        {
            yield return "verify box differs:\n  expected: " + string.Join(" / ", VerifyNotes) + "\n  actual:   " + string.Join(" / ", actual.VerifyNotes);
        }

        var remaining = actual.Footnotes.ToList();
        foreach (var footnote in Footnotes)
        {
            if (!remaining.Remove(footnote))
            {
                yield return "citation lost: " + footnote;
            }
        }
    }
}

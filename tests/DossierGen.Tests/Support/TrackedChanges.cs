using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Tests.Support;

/// <summary>
/// What Word shows after "Accept all changes" or "Reject all changes" on a redline, done here on
/// the XML so tests can prove a redline turns into exactly the new or the old document.
/// </summary>
internal static class TrackedChanges
{
    public static byte[] AcceptAll(byte[] docx) => Transform(docx, accept: true);

    public static byte[] RejectAll(byte[] docx) => Transform(docx, accept: false);

    /// <summary>The body text (without footnote texts, which are always the new document's) as textconv prints it.</summary>
    public static string BodyText(byte[] docx)
    {
        var text = DossierGen.Review.DocxText.Extract(docx);
        // The body ends where the footnotes start; the blank line before them is not body text, so a
        // document without footnotes (nothing cited) compares equal to one whose footnotes are cut off.
        var footnotes = text.IndexOf("\n[^1]: ", StringComparison.Ordinal);
        // A body that ends with a table (a box) also ends with an empty paragraph whose mark Word cannot track.
        return (footnotes < 0 ? text : text[..footnotes]).TrimEnd('\n') + "\n";
    }

    private static byte[] Transform(byte[] docx, bool accept)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            // The side that goes away: its runs, rows and paragraphs (a paragraph whose mark goes away and has nothing left).
            foreach (var run in body.Descendants().Where(e => accept ? e is DeletedRun : e is InsertedRun).ToList())
            {
                run.Remove();
            }

            foreach (var row in body.Descendants<TableRow>().Where(r => r.TableRowProperties?.Elements().Any(e => accept ? e is Deleted : e is Inserted) == true).ToList())
            {
                row.Remove();
            }

            foreach (var paragraph in body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphMarkRunProperties?.Elements().Any(e => accept ? e is Deleted : e is Inserted) == true).ToList())
            {
                Assert.DoesNotContain(paragraph.Descendants<Run>(), r => r.Descendants<Text>().Any() || r.Descendants<DeletedText>().Any());
                paragraph.Remove();
            }

            // The side that stays: unwrap it, and deleted text becomes text again.
            foreach (var wrapper in body.Descendants().Where(e => e is InsertedRun or DeletedRun).ToList())
            {
                foreach (var child in wrapper.ChildElements.ToList())
                {
                    child.Remove();
                    wrapper.InsertBeforeSelf(child);
                }

                wrapper.Remove();
            }

            foreach (var deleted in body.Descendants<DeletedText>().ToList())
            {
                deleted.InsertBeforeSelf(new Text(deleted.Text) { Space = SpaceProcessingModeValues.Preserve });
                deleted.Remove();
            }

            // Formatting changes: accepting keeps the new properties, rejecting restores the recorded old ones.
            foreach (var change in body.Descendants<ParagraphPropertiesChange>().ToList())
            {
                var properties = (ParagraphProperties)change.Parent!;
                change.Remove();
                if (!accept)
                {
                    var kept = properties.ChildElements.Where(e => e is ParagraphMarkRunProperties or SectionProperties).Select(e => e.CloneNode(true)).ToList();
                    properties.RemoveAllChildren();
                    properties.Append(change.ParagraphPropertiesExtended!.ChildElements.Select(e => e.CloneNode(true)));
                    properties.Append(kept);
                }
            }

            foreach (var mark in body.Descendants().Where(e => e is Inserted or Deleted).ToList())
            {
                mark.Remove();
            }

            foreach (var comment in body.Descendants().Where(e => e is CommentRangeStart or CommentRangeEnd || (e is Run r && r.GetFirstChild<CommentReference>() is not null)).ToList())
            {
                comment.Remove();
            }
        }

        return stream.ToArray();
    }
}

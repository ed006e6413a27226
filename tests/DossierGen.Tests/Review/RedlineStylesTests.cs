using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierGen.Review;
using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Review;

public sealed class RedlineStylesTests
{
    [Fact]
    public void ARedlineBetweenDocumentsWithDifferentStyleSetsDefinesEveryStyleItUses()
    {
        // A document without hyperlinks (the redliner does not carry their relationships into a foreign package) that opens with
        // paragraphs, so its tables do not meet the foreign table (two tables paired by position come out side by side).
        var generated = ExampleDossiers.Document("aav-ds-site-transfer", "/JP/1-partial-change-application.docx");
        var foreign = ForeignDocument();

        foreach (var (old, @new) in new[] { (foreign, generated), (generated, foreign) })
        {
            var redline = Redliner.Redline(old, @new).Document;

            Assert.Empty(DocxChecker.Check(redline));
            // Trimmed: the body text keeps the blank line before footnotes, which only one of the two has.
            Assert.Equal(TrackedChanges.BodyText(@new).TrimEnd(), TrackedChanges.BodyText(TrackedChanges.AcceptAll(redline)).TrimEnd());
            if (old == foreign)
            {
                // The other way round, deleted list items lose their bullets: the foreign document has no lists to number them with (README).
                Assert.Equal(TrackedChanges.BodyText(old).TrimEnd(), TrackedChanges.BodyText(TrackedChanges.RejectAll(redline)).TrimEnd());
            }
        }
    }

    [Fact]
    public void TwoGeneratedDocumentsKeepTheNewStylesPartAsItIs()
    {
        var old = ExampleDossiers.Document("aav-dp-shelf-life-extension", "/EU/1.2-application-form.docx");
        var @new = ExampleDossiers.Document("aav-dp-shelf-life-extrapolated", "/EU/1.2-application-form.docx");

        Assert.Equal(Part(@new, "word/styles.xml"), Part(Redliner.Redline(old, @new).Document, "word/styles.xml"));
    }

    private static byte[] Part(byte[] docx, string name)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx), System.IO.Compression.ZipArchiveMode.Read);
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A document as another tool writes one: LibreOffice's style ids, a character and a table style, and a style it never defines.</summary>
    private static byte[] ForeignDocument()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "Heading" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "TextBody" }) { Type = StyleValues.Paragraph, StyleId = "Heading" },
                new Style(new StyleName { Val = "Text Body" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "TextBody" },
                new Style(new StyleName { Val = "Strong Emphasis" }) { Type = StyleValues.Character, StyleId = "StrongEmphasis" },
                new Style(new StyleName { Val = "Table Contents" }) { Type = StyleValues.Table, StyleId = "TableContents" });
            main.Document = new Document(new Body(
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading" }), new Run(new Text("A heading from elsewhere"))),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TextBody" }), new Run(new RunProperties(new RunStyle { Val = "StrongEmphasis" }), new Text("Text the generated document does not have."))),
                new Table(new TableProperties(new TableStyle { Val = "TableContents" }), new TableGrid(new GridColumn { Width = "2000" }), new TableRow(new TableCell(new Paragraph(new Run(new Text("A cell from elsewhere")))))),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "NeverDefined" }), new Run(new Text("A paragraph in a style no document defines.")))));
        }

        return stream.ToArray();
    }
}

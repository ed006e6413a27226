using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Word;

/// <summary>Word joins two tables with nothing between them into one; a paragraph keeps them apart and closes a footnote after a table; every table has space after it.</summary>
public sealed class TableSpacingTests
{
    private const string TwoTables = "| a |\n|---|\n| 1 |\n\n| b |\n|---|\n| 2 |\n";

    [Fact]
    public void TwoTablesInARowAreKeptApartByAParagraph()
    {
        var docx = Rendered.Docx("Before.\n\n" + TwoTables + "\nAfter.\n");

        Assert.Empty(DocxChecker.Check(docx));
        Assert.Equal(["p", "tbl", "p", "tbl", "p", "sectPr"], BodyBlocks(docx));
    }

    [Fact]
    public void ATableAtTheEndOfTheDocumentOrOfAFootnoteIsFollowedByAParagraph()
    {
        var docx = Rendered.Docx("Text[^a].\n\n" + TwoTables + "\n[^a]: A note with a table:\n\n    | c |\n    |---|\n    | 3 |\n");

        Assert.Empty(DocxChecker.Check(docx));
        Assert.Equal(["p", "tbl", "p", "tbl", "p", "sectPr"], BodyBlocks(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var footnote = document.MainDocumentPart!.FootnotesPart!.Footnotes!.Elements<Footnote>().Single(f => f.Id?.Value == 1);
        Assert.Single(footnote.Elements<Table>());
        Assert.IsType<Paragraph>(footnote.LastChild);
    }

    [Fact]
    public void TheCheckerReportsTwoTablesWithNothingBetweenThem()
    {
        var docx = Rendered.Docx(TwoTables);
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            foreach (var between in body.Elements<Paragraph>().Where(p => p.PreviousSibling() is Table && p.NextSibling() is Table).ToList())
            {
                between.Remove();
            }
        }

        Assert.Contains(DocxChecker.Check(stream.ToArray()), p => p.Contains("two tables follow each other", StringComparison.Ordinal));
    }

    [Fact]
    public void TheParagraphAfterEveryTableStartsAFewPointsBelowIt()
    {
        var (body, _) = RenderedXml.Render("| a |\n|---|\n| 1 |\n\nAfter.\n\n- item\n\n| b |\n|---|\n| 2 |\n\n- listed\n");

        var after = body.Elements(RenderedXml.W + "tbl").Select(t => t.ElementsAfterSelf().First()).ToList();
        Assert.Equal(["After.", "listed"], after.Select(RenderedXml.Text));
        Assert.All(after, p => Assert.Equal("120", (string?)p.Element(RenderedXml.W + "pPr")!.Element(RenderedXml.W + "spacing")!.Attribute(RenderedXml.W + "before")));
        Assert.Null(body.Elements(RenderedXml.W + "p").Single(p => RenderedXml.Text(p) == "item").Element(RenderedXml.W + "pPr")!.Element(RenderedXml.W + "spacing"));
    }

    [Fact]
    public void AHeadingOrCaptionAfterATableKeepsItsOwnSpaceBefore()
    {
        var (body, _) = RenderedXml.Render("| a |\n|---|\n| 1 |\n\nTable: Next\n\n| b |\n|---|\n| 2 |\n\n## Heading\n", RenderedXml.Section("3.2.S.2.6"));

        var after = body.Elements(RenderedXml.W + "tbl").Select(t => t.ElementsAfterSelf().First()).ToList();
        Assert.Equal(["Caption", "Heading2"], after.Select(RenderedXml.Style));
        Assert.All(after, p => Assert.Null(p.Element(RenderedXml.W + "pPr")!.Element(RenderedXml.W + "spacing")));
    }

    [Fact]
    public void TheParagraphAfterATableInACellOrFootnoteIsSpacedToo()
    {
        var (_, docx) = RenderedXml.Render("Text[^a].\n\n[^a]: A note with a table:\n\n    | c |\n    |---|\n    | 3 |\n\n    And after it.\n");

        var footnotes = System.Xml.Linq.XDocument.Parse(DocxXml.Part(docx, "word/footnotes.xml"));
        var after = footnotes.Descendants(RenderedXml.W + "tbl").Single().ElementsAfterSelf().First();
        Assert.Equal("And after it.", RenderedXml.Text(after));
        Assert.Equal("120", (string?)after.Element(RenderedXml.W + "pPr")!.Element(RenderedXml.W + "spacing")!.Attribute(RenderedXml.W + "before"));
    }

    private static List<string> BodyBlocks(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return [.. document.MainDocumentPart!.Document!.Body!.ChildElements.Select(e => e.LocalName)];
    }
}

using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Word;

/// <summary>Tiny Markdown in, the WordprocessingML feature out.</summary>
public sealed class WordRendererTests
{
    private static readonly DocumentInfo Info = new("Test", "Test", "Header", new DateOnly(2026, 1, 1), "en-GB");

    private static (string Document, byte[] Docx) Render(string markdown)
    {
        var docx = MarkdownToDocx.Convert(markdown, Info, RepositoryTemplates.Set.Reference);
        Assert.Empty(DocxChecker.Check(docx));
        return (DocxXml.Part(docx), docx);
    }

    [Fact]
    public void EveryNumberedListRestartsAtOne()
    {
        var (_, docx) = Render("1. a\n2. b\n\npara\n\n1. c\n");
        var numbering = DocxXml.Part(docx, "word/numbering.xml");

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(numbering, "<w:startOverride w:val=\"1\" />"));
        Assert.Contains("w:numId=\"2\"", numbering, StringComparison.Ordinal);
    }

    [Fact]
    public void NestedListItemsUseTheNextLevel()
    {
        var (document, _) = Render("- a\n  - b\n");

        Assert.Contains("<w:ilvl w:val=\"1\" />", document, StringComparison.Ordinal);
    }

    [Fact]
    public void TableHeaderRowsRepeatAndEveryCellHasAParagraph()
    {
        var (document, _) = Render("| a | b |\n|:--|:--|\n| 1 |   |\n");

        Assert.Contains("<w:tblHeader />", document, StringComparison.Ordinal);
        Assert.Contains("<w:tblStyle w:val=\"DossierTable\" />", document, StringComparison.Ordinal);
    }

    [Fact]
    public void ColumnWidthsFollowTheSeparatorDashes()
    {
        var (document, _) = Render("| a | b |\n|:--|:------|\n| 1 | 2 |\n");

        var widths = System.Text.RegularExpressions.Regex.Matches(document, "<w:gridCol w:w=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, widths.Count);
        Assert.True(widths[1] > 2 * widths[0]);
    }

    [Fact]
    public void FootnotesAreRealWordFootnotes()
    {
        var (document, docx) = Render("Text[^a].\n\n[^a]: 21 CFR 601.12.\n");
        var footnotes = DocxXml.Part(docx, "word/footnotes.xml");

        Assert.Contains("<w:footnoteReference w:id=\"1\" />", document, StringComparison.Ordinal);
        Assert.Contains("21 CFR 601.12.", footnotes, StringComparison.Ordinal);
        Assert.Contains("<w:footnoteRef />", footnotes, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyContainersBecomeBoxedNotes()
    {
        var (document, _) = Render("::: verify\nCheck this.\n:::\n");

        Assert.Contains("<w:pStyle w:val=\"VerifyNote\" />", document, StringComparison.Ordinal);
    }

    [Fact]
    public void JapaneseRunsGetTheEastAsianHintAndLanguage()
    {
        var (document, _) = Render("製造所 Site B\n");

        Assert.Contains("<w:rFonts w:hint=\"eastAsia\" />", document, StringComparison.Ordinal);
        Assert.Contains("<w:lang w:eastAsia=\"ja-JP\" />", document, StringComparison.Ordinal);
    }

    [Fact]
    public void ControlCharactersFromUserTextDoNotBreakTheXml()
    {
        var (document, _) = Render("a\u0001b\n");

        Assert.Contains(">ab<", document, StringComparison.Ordinal);
    }

    [Fact]
    public void ATocContainerBecomesATocFieldListingTheHeadings()
    {
        var (document, _) = Render("::: toc\nContents\n:::\n\n## First\n\n## Second\n");

        Assert.Contains("TOC \\o", document, StringComparison.Ordinal);
        Assert.Contains("<w:pStyle w:val=\"TOC2\" />", document, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnpairedSurrogateIsDroppedAndAPairKept()
    {
        var (document, _) = Render("a\uD800b \U0001F600\n");

        Assert.Contains(">ab \U0001F600<", document, StringComparison.Ordinal);
    }

    [Fact]
    public void LinksInFootnotesHaveTheirRelationshipInTheFootnotesPart()
    {
        // Word refuses a document whose footnote links point at relationships the footnotes part lacks; DocxChecker in Render checks that.
        var (document, docx) = Render("See [the guideline](https://www.ema.europa.eu/a)[^a].\n\n[^a]: Also [Q5E](https://database.ich.org/q5e.pdf).\n");
        var footnoteRelationships = DocxXml.Part(docx, "word/_rels/footnotes.xml.rels");

        Assert.Contains("r:id=\"rIdLink1\"", document, StringComparison.Ordinal);
        Assert.Contains("Id=\"rIdLink2\"", footnoteRelationships, StringComparison.Ordinal);
        Assert.Contains("https://database.ich.org/q5e.pdf", footnoteRelationships, StringComparison.Ordinal);
        Assert.DoesNotContain("rIdLink1", footnoteRelationships, StringComparison.Ordinal);
    }
}

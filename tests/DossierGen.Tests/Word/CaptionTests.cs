using System.Xml.Linq;
using DossierGen.Review;
using DossierGen.Tests.Support;
using static DossierGen.Tests.Support.RenderedXml;

namespace DossierGen.Tests.Word;

/// <summary>"Table: …" before a table and "Figure: …" before a figure become numbered, bookmarked captions Word can renumber.</summary>
public sealed class CaptionTests
{
    private const string TwoTables = "Table: Risk assessment\n\n| a |\n|---|\n| 1 |\n\nText.\n\nTable: Evidence *plan*\n\n| b |\n|---|\n| 2 |\n";

    [Fact]
    public void TableCaptionsAreNumberedWithTheSectionNumberInTheCaptionStyle()
    {
        var (body, _) = Render(TwoTables, Section("3.2.S.2.6"));

        var captions = Paragraphs(body, "Caption").ToList();
        Assert.Equal(["Table 3.2.S.2.6-1. Risk assessment", "Table 3.2.S.2.6-2. Evidence plan"], captions.Select(Text));
        Assert.All(captions, c => Assert.Equal(W + "tbl", c.ElementsAfterSelf().First().Name));
        Assert.NotNull(captions[1].Descendants(W + "i").SingleOrDefault());
    }

    [Fact]
    public void ACaptionOnTheLineRightAboveItsTableIsACaptionToo()
    {
        var (body, _) = Render("Table: Lots\n| a |\n|---|\n| 1 |\n", Section("3.2.S.2.6"));

        Assert.Equal("Table 3.2.S.2.6-1. Lots", Text(Paragraphs(body, "Caption").Single()));
        Assert.Single(body.Elements(W + "tbl"));
    }

    [Fact]
    public void TheNumberIsASeqFieldWhoseShownResultIsTheNumber()
    {
        var (body, _) = Render(TwoTables, Section("3.2.S.2.6"));

        var second = Paragraphs(body, "Caption").Last();
        var runs = second.Elements(W + "r").ToList();
        var instruction = runs.FindIndex(r => r.Element(W + "instrText") is not null);
        Assert.Equal(" SEQ Table \\* ARABIC ", runs[instruction].Element(W + "instrText")!.Value);
        Assert.Equal("begin", (string?)runs[instruction - 1].Element(W + "fldChar")!.Attribute(W + "fldCharType"));
        Assert.Equal("separate", (string?)runs[instruction + 1].Element(W + "fldChar")!.Attribute(W + "fldCharType"));
        Assert.Equal("2", runs[instruction + 2].Element(W + "t")!.Value);
        Assert.Equal("end", (string?)runs[instruction + 3].Element(W + "fldChar")!.Attribute(W + "fldCharType"));
    }

    [Fact]
    public void ACaptionIsBookmarkedAndKeptWithItsTable()
    {
        var (body, _) = Render(TwoTables, Section("3.2.S.2.6"));

        var caption = Paragraphs(body, "Caption").First();
        var start = caption.Element(W + "bookmarkStart")!;
        Assert.Equal("_tbl_3_2_S_2_6_1", (string?)start.Attribute(W + "name"));
        Assert.Equal(W + "pPr", start.ElementsBeforeSelf().Single().Name);
        Assert.Equal((string?)start.Attribute(W + "id"), (string?)caption.Elements().Last().Attribute(W + "id"));
        Assert.Equal(W + "bookmarkEnd", caption.Elements().Last().Name);
        Assert.NotNull(caption.Element(W + "pPr")!.Element(W + "keepNext"));
    }

    [Fact]
    public void ADocumentWithoutASectionNumberNumbersItsCaptionsPlainly()
    {
        var (body, _) = Render(TwoTables, Section(null));

        Assert.Equal(["Table 1. Risk assessment", "Table 2. Evidence plan"], Paragraphs(body, "Caption").Select(Text));
    }

    [Fact]
    public void JapaneseDocumentsCaptionTheJapaneseWay()
    {
        var (body, _) = Render("Table: 新旧対照表\n\n| a |\n|---|\n| 1 |\n", Section("1", "ja-JP"));

        Assert.Equal("表1-1\u3000新旧対照表", Text(Paragraphs(body, "Caption").Single()));
    }

    [Fact]
    public void FiguresCountApartFromTables()
    {
        var markdown = "Table: Lots\n\n| a |\n|---|\n| 1 |\n\nFigure: Titre by lot\n\n```chart\ndata\n```\n\nFigure: Photo\n\n![gel](gel.png)\n\nTable: Results\n\n| b |\n|---|\n| 2 |\n";
        var (body, _) = Render(markdown, Section("3.2.P.2.3"));

        Assert.Equal(
            ["Table 3.2.P.2.3-1. Lots", "Figure 3.2.P.2.3-1. Titre by lot", "Figure 3.2.P.2.3-2. Photo", "Table 3.2.P.2.3-2. Results"],
            Paragraphs(body, "Caption").Select(Text));
        Assert.Contains(body.Descendants(W + "instrText"), i => i.Value == " SEQ Figure \\* ARABIC ");
        Assert.Contains(body.Descendants(W + "bookmarkStart"), b => (string?)b.Attribute(W + "name") == "_fig_3_2_P_2_3_2");
    }

    [Theory]
    [InlineData("Table: not before a table\n\nText.\n")]
    [InlineData("Table: at the end\n")]
    [InlineData("Figure: before a table\n\n| a |\n|---|\n| 1 |\n")]
    [InlineData("Table:\n\n| a |\n|---|\n| 1 |\n")]
    [InlineData("Tables: are many\n\n| a |\n|---|\n| 1 |\n")]
    [InlineData("Figure: before a note\n\n::: verify\nCheck.\n:::\n")]
    public void AParagraphThatIsNoCaptionStaysText(string markdown)
    {
        var (body, _) = Render(markdown, Section("3.2.S.2.6"));

        Assert.Empty(Paragraphs(body, "Caption"));
        Assert.StartsWith(markdown.Split('\n')[0], Text(body.Elements(W + "p").First()), StringComparison.Ordinal);
    }

    [Fact]
    public void TextconvShowsTheCaptionAsItReads()
    {
        var (_, docx) = Render(TwoTables, Section("3.2.S.2.6"));

        Assert.StartsWith("Table 3.2.S.2.6-1. Risk assessment\n| a |\n| 1 |\nText.\nTable 3.2.S.2.6-2. Evidence plan\n", DocxText.Extract(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void ATableAfterACaptionedTableStillHasSpaceBeforeTheNextCaption()
    {
        // Two tables in a row each with its caption: the caption separates them (Word would join
        // them otherwise), and the Caption style's space before keeps the first table off the next caption.
        var (body, docx) = Render("Table: One\n\n| a |\n|---|\n| 1 |\n\nTable: Two\n\n| b |\n|---|\n| 2 |\n", Section("3.2.S.2.6"));

        Assert.Equal(["Caption", "tbl", "Caption", "tbl", "BodyText"], body.Elements().Where(e => e.Name != W + "sectPr").Select(e => e.Name == W + "tbl" ? "tbl" : Style(e)));
        var caption = XDocument.Parse(DocxXml.Part(docx, "word/styles.xml")).Descendants(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == "Caption");
        Assert.True((int?)caption.Descendants(W + "spacing").Single().Attribute(W + "before") > 0);
    }
}

using DossierGen.Word.Bookmarks;
using static DossierGen.Tests.Support.RenderedXml;

namespace DossierGen.Tests.Word;

/// <summary>Every heading is bookmarked with a stable name Word accepts, derived from its section number or its text.</summary>
public sealed class HeadingBookmarkTests
{
    private static List<string> Names(string markdown, string? section = "3.2.S.2.6")
    {
        var (body, _) = Render(markdown, Section(section));
        return [.. body.Descendants(W + "bookmarkStart").Select(b => (string)b.Attribute(W + "name")!)];
    }

    [Fact]
    public void AHeadingThatStartsWithASectionNumberIsBookmarkedByTheNumber()
    {
        Assert.Equal(["_sec_3_2_S_2_6", "_sec_3_2_P_5_1", "_sec_1_4_1"], Names("# 3.2.S.2.6 Manufacturing Process Development\n\n## 3.2.P.5.1 Specification(s)\n\n## 1.4.1 Letters\n"));
    }

    [Fact]
    public void OtherHeadingsAreBookmarkedByTheirWords()
    {
        Assert.Equal(["_sec_Risk_assessment", "_sec_C1_Replace_the_drug_substance_site"], Names("## Risk assessment\n\n### C1: Replace the drug-substance site\n"));
    }

    [Fact]
    public void TheBookmarkSurroundsTheHeadingText()
    {
        var (body, _) = Render("# 3.2.S.2.6 Title\n", Section("3.2.S.2.6"));

        var heading = body.Elements(W + "p").First();
        Assert.Equal([W + "pPr", W + "bookmarkStart", W + "r", W + "bookmarkEnd"], heading.Elements().Select(e => e.Name));
        Assert.Equal((string?)heading.Element(W + "bookmarkStart")!.Attribute(W + "id"), (string?)heading.Element(W + "bookmarkEnd")!.Attribute(W + "id"));
    }

    [Fact]
    public void NamesAreUniqueAndAtMostFortyCharacters()
    {
        var names = Names("## Risk assessment\n\n## Risk assessment\n\n## " + new string('x', 60) + " one\n\n## " + new string('x', 60) + " two\n");

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.True(BookmarkNames.IsValid(n), n));
        Assert.Equal(["_sec_Risk_assessment", "_sec_Risk_assessment_2"], names.Take(2));
        Assert.Equal(40, names[3].Length);
    }

    [Fact]
    public void AJapaneseTitleWithoutItsNumberTakesTheDocumentsSectionNumber()
    {
        var names = Names("# 変更の区分及び新旧対照表\n\n## 変更の区分\n\n## 変更の区分\n", section: "1");

        Assert.Equal("_sec_1", names[0]);
        Assert.Matches("^_sec_[0-9a-f]{8}$", names[1]);
        Assert.Equal(names[1] + "_2", names[2]);
    }

    [Fact]
    public void TheSameHeadingGivesTheSameNameOnEveryRun()
    {
        Assert.Equal(Names("## 留意事項\n\n## Findings\n"), Names("## 留意事項\n\n## Findings\n"));
    }

    [Theory]
    [InlineData("3.2.S.2.6 Title", "3.2.S.2.6")]
    [InlineData("1 Regional summary", "1")]
    [InlineData("3.2.R", "3.2.R")]
    [InlineData("3.2.A.1 Facilities", "3.2.A.1")]
    [InlineData("2027 plans", null)]
    [InlineData("C1: change", null)]
    [InlineData("3.2.S.2.6: Title", null)]
    public void ASectionNumberIsRecognisedAtTheStartOfAHeading(string heading, string? number)
    {
        Assert.Equal(number, SectionNumbers.Leading(heading));
    }
}

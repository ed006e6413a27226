using DossierGen.Review;
using DossierGen.Tests.Support;
using static DossierGen.Tests.Support.RenderedXml;

namespace DossierGen.Tests.Word;

/// <summary>Lists inside a note box are real Word lists that keep the box one box.</summary>
public sealed class NoteBoxListTests
{
    [Fact]
    public void ListItemsInABoxAreNumberedParagraphsInTheBoxStyle()
    {
        var (body, docx) = Render("::: verify\nCheck.\n\n- one\n  - two\n\n3. three\n:::\n");

        var box = Paragraphs(body, "VerifyNote").ToList();
        Assert.Equal(["Check.", "one", "two", "three"], box.Select(Text));
        var numbered = box.Skip(1).Select(p => p.Element(W + "pPr")!.Element(W + "numPr")).ToList();
        Assert.All(numbered, n => Assert.NotNull(n));
        Assert.Equal(["0", "1", "0"], numbered.Select(n => (string?)n!.Element(W + "ilvl")!.Attribute(W + "val")));
        Assert.DoesNotContain("•", DocxText.Extract(docx), StringComparison.Ordinal);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(DocxXml.Part(docx, "word/numbering.xml"), "<w:num "));
    }

    [Fact]
    public void EachItemHangsItsNumberOnTheBoxsOwnIndentSoTheBordersJoin()
    {
        // The shipped Verify Note style indents 170 twips; left minus hanging is where the number,
        // the paragraph's leftmost point, sits: the same edge as the box's plain paragraphs.
        var boxIndent = RepositoryTemplates.Set.Reference.LeftIndent("VerifyNote");
        var (body, _) = Render("::: verify\nCheck.\n\n- one\n  - two\n:::\n");

        Assert.Equal(170, boxIndent);
        var indents = Paragraphs(body, "VerifyNote").Skip(1).Select(p => p.Element(W + "pPr")!.Element(W + "ind")!).ToList();
        Assert.All(indents, i => Assert.Equal(boxIndent, (int)i.Attribute(W + "left")! - (int)i.Attribute(W + "hanging")!));
        Assert.Null(Paragraphs(body, "VerifyNote").First().Element(W + "pPr")!.Element(W + "ind"));
    }

    [Fact]
    public void AListOutsideABoxKeepsTheCompactStyleAndNumberingIndents()
    {
        var (body, _) = Render("- one\n");

        var item = Paragraphs(body, "Compact").Single();
        Assert.NotNull(item.Element(W + "pPr")!.Element(W + "numPr"));
        Assert.Null(item.Element(W + "pPr")!.Element(W + "ind"));
    }
}

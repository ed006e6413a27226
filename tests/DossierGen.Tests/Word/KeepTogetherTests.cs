using static DossierGen.Tests.Support.RenderedXml;

namespace DossierGen.Tests.Word;

/// <summary>Table rows and note boxes do not break across pages; header rows repeat.</summary>
public sealed class KeepTogetherTests
{
    [Fact]
    public void EveryTableRowIsKeptOnOnePageAndTheHeaderRowRepeats()
    {
        var (body, _) = Render("| a | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n");

        var rows = body.Descendants(W + "tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.Element(W + "trPr")!.Element(W + "cantSplit")));
        Assert.Equal([true, false, false], rows.Select(r => r.Element(W + "trPr")!.Element(W + "tblHeader") is not null));
    }

    [Fact]
    public void ANoteBoxKeepsItsParagraphsTogetherAndLetsTheTextAfterItMove()
    {
        var (body, _) = Render("::: verify\n**Verify before filing.** Points:\n\n- one\n- two\n\nEnd.\n:::\n\nAfter.\n");

        var box = Paragraphs(body, "VerifyNote").ToList();
        Assert.Equal(4, box.Count);
        Assert.All(box, p => Assert.NotNull(p.Element(W + "pPr")!.Element(W + "keepLines")));
        Assert.Equal([true, true, true, false], box.Select(p => p.Element(W + "pPr")!.Element(W + "keepNext") is not null));
        Assert.Null(body.Elements(W + "p").Single(p => Text(p) == "After.").Element(W + "pPr")!.Element(W + "keepNext"));
    }

    [Fact]
    public void AnInfoBoxIsKeptTogetherToo()
    {
        var (body, _) = Render("::: info\nOne.\n\nTwo.\n:::\n");

        Assert.Equal([true, false], Paragraphs(body, "InfoNote").Select(p => p.Element(W + "pPr")!.Element(W + "keepNext") is not null));
    }
}

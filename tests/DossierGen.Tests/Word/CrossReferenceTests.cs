using DossierGen.Tests.Support;
using static DossierGen.Tests.Support.RenderedXml;

namespace DossierGen.Tests.Word;

/// <summary>A link to #sec:NUMBER is a hyperlink to that section's heading: in this document, or in the dossier document that holds it.</summary>
public sealed class CrossReferenceTests
{
    private static readonly Dictionary<string, string> Dossier = new(StringComparer.Ordinal)
    {
        ["3.2.S.2.5"] = "3.2.S.2.5-process-validation.docx",
        ["3.2.S.2.6"] = "3.2.S.2.6-manuf-process-development.docx",
    };

    [Fact]
    public void ALinkToASectionOfThisDocumentIsAnInternalHyperlinkToItsHeading()
    {
        var (body, _) = Render("See [the plan](#sec:3.2.S.2.6.1) below.\n\n# 3.2.S.2.6 Development\n\n## 3.2.S.2.6.1 Plan\n", Section("3.2.S.2.6", files: Dossier));

        var link = body.Descendants(W + "hyperlink").Single();
        Assert.Equal("_sec_3_2_S_2_6_1", (string?)link.Attribute(W + "anchor"));
        Assert.Null(link.Attribute(R + "id"));
        Assert.Equal("the plan", Text(link));
        Assert.Equal("Hyperlink", (string?)link.Descendants(W + "rStyle").Single().Attribute(W + "val"));
        Assert.Contains(body.Descendants(W + "bookmarkStart"), b => (string?)b.Attribute(W + "name") == "_sec_3_2_S_2_6_1");
    }

    [Fact]
    public void ALinkToASectionInAnotherDocumentOpensThatFileAtTheHeading()
    {
        var (body, docx) = Render("# 3.2.S.2.6 Development\n\nValidation is in [3.2.S.2.5](#sec:3.2.S.2.5).\n", Section("3.2.S.2.6", files: Dossier));

        var link = body.Descendants(W + "hyperlink").Single();
        Assert.Equal("_sec_3_2_S_2_5", (string?)link.Attribute(W + "anchor"));
        Assert.Equal("rIdLink1", (string?)link.Attribute(R + "id"));
        var relationships = DocxXml.Part(docx, "word/_rels/document.xml.rels");
        Assert.Contains("Id=\"rIdLink1\"", relationships, StringComparison.Ordinal);
        Assert.Contains("Target=\"3.2.S.2.5-process-validation.docx\" TargetMode=\"External\"", relationships, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkToASectionTheDossierLacksIsItsText()
    {
        var (body, _) = Render("Facilities are in [3.2.A.1](#sec:3.2.A.1).\n", Section("3.2.S.2.6", files: Dossier));

        Assert.Empty(body.Descendants(W + "hyperlink"));
        Assert.Equal("Facilities are in 3.2.A.1.", Text(body.Elements(W + "p").First()));
    }

    [Fact]
    public void ALinkWithoutTextShowsTheSectionNumber()
    {
        var (body, _) = Render("See [](#sec:3.2.S.2.5).\n", Section("3.2.S.2.6", files: Dossier));

        Assert.Equal("3.2.S.2.5", Text(body.Descendants(W + "hyperlink").Single()));
    }

    [Fact]
    public void ACrossReferenceInAFootnoteHasItsRelationshipInTheFootnotesPart()
    {
        var (_, docx) = Render("Text[^a].\n\n[^a]: See [3.2.S.2.5](#sec:3.2.S.2.5).\n", Section("3.2.S.2.6", files: Dossier));

        Assert.Contains("w:anchor=\"_sec_3_2_S_2_5\"", DocxXml.Part(docx, "word/footnotes.xml"), StringComparison.Ordinal);
        Assert.Contains("3.2.S.2.5-process-validation.docx", DocxXml.Part(docx, "word/_rels/footnotes.xml.rels"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[x](#sec:)")]
    [InlineData("[x](#sec:3.2.S.2.6.zzz)")]
    [InlineData("[x](#3.2.S.2.6)")]
    public void ALinkThatIsNoSectionReferenceIsText(string link)
    {
        var (body, _) = Render("# 3.2.S.2.6 Development\n\n" + link + "\n", Section("3.2.S.2.6", files: Dossier));

        Assert.Empty(body.Descendants(W + "hyperlink"));
    }

    [Fact]
    public void TheCheckerReportsALinkToABookmarkTheDocumentLacks()
    {
        var docx = Rendered.Docx("# 3.2.S.2.6 Development\n\nSee [here](#sec:3.2.S.2.6).\n");
        var broken = DocxParts.Replace(docx, "word/document.xml", xml => xml.Replace("w:name=\"_sec_3_2_S_2_6\"", "w:name=\"_sec_other\"", StringComparison.Ordinal));

        Assert.Contains(DossierGen.Word.DocxChecker.Check(broken), p => p.Contains("points at bookmark '_sec_3_2_S_2_6'", StringComparison.Ordinal));
    }
}

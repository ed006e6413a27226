using System.IO.Compression;
using DossierGen.Diagnostics;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Word;

/// <summary>A broken reference.docx is a located DG3005, never a crash.</summary>
public sealed class ReferenceDocumentTests
{
    public static TheoryData<string> Breakages => ["malformed styles", "styles with a DTD", "no styles part", "no document part", "not a zip"];

    [Theory]
    [MemberData(nameof(Breakages))]
    public void ABrokenReferenceDocumentIsRefusedWithItsPlace(string breakage)
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("reference.docx");
        File.Copy(Path.Combine(RepositoryPaths.Templates, "reference.docx"), path);
        Break(path, breakage);
        var diagnostics = new DiagnosticBag();

        var reference = ReferenceDocument.Load(path, diagnostics);

        Assert.Null(reference);
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.InvalidReferenceDocument, diagnostic.Code);
        Assert.Equal(SourceLocation.StartOf(path), diagnostic.Location);
    }

    [Fact]
    public void ACompanyReferenceWithoutACaptionStyleGetsWordsBuiltInOne()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("reference.docx");
        var shipped = File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, "reference.docx"));
        File.WriteAllBytes(path, DocxParts.Replace(shipped, "word/styles.xml", xml => System.Text.RegularExpressions.Regex.Replace(xml, "<w:style [^>]*w:styleId=\"Caption\".*?</w:style>", "")));
        var diagnostics = new DiagnosticBag();

        var reference = ReferenceDocument.Load(path, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.DoesNotContain("w:styleId=\"Caption\"", DocxXml.Part(File.ReadAllBytes(path), "word/styles.xml"), StringComparison.Ordinal);
        Assert.Contains("Caption", reference!.StyleIds);
        var docx = MarkdownToDocx.Convert("Table: Lots\n\n| a |\n|---|\n| 1 |\n", Rendered.Info, reference);
        Assert.Empty(DocxChecker.Check(docx));
        Assert.Contains("w:styleId=\"Caption\"", DocxXml.Part(docx, "word/styles.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void TheShippedReferenceDefinesTheCaptionStyleItself()
    {
        var styles = DocxXml.Part(File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, "reference.docx")), "word/styles.xml");

        Assert.Contains("w:styleId=\"Caption\"", styles, StringComparison.Ordinal);
    }

    [Fact]
    public void AStylesLeftIndentIsFoundThroughItsBasedOnChain()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("reference.docx");
        var shipped = File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, "reference.docx"));
        // A company's Verify Note without an indent of its own, based on a Block Text indented 567.
        File.WriteAllBytes(path, DocxParts.Replace(shipped, "word/styles.xml", xml => xml
            .Replace("<w:ind w:left=\"170\" w:right=\"170\" /></w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"InfoNote\">", "</w:pPr></w:style><w:style w:type=\"paragraph\" w:styleId=\"InfoNote\">", StringComparison.Ordinal)
            .Replace("<w:name w:val=\"Verify Note\" /><w:basedOn w:val=\"BodyText\" />", "<w:name w:val=\"Verify Note\" /><w:basedOn w:val=\"BlockText\" />", StringComparison.Ordinal)));

        var reference = ReferenceDocument.Load(path, new DiagnosticBag())!;

        Assert.Equal(567, reference.LeftIndent("VerifyNote"));
        Assert.Equal(170, reference.LeftIndent("InfoNote"));
        Assert.Equal(0, reference.LeftIndent("BodyText"));
    }

    private static void Break(string path, string breakage)
    {
        if (breakage == "not a zip")
        {
            File.WriteAllText(path, "not a Word document");
            return;
        }

        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var part = breakage == "no document part" ? "word/document.xml" : "word/styles.xml";
        zip.GetEntry(part)!.Delete();
        if (breakage is "malformed styles" or "styles with a DTD")
        {
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(breakage == "malformed styles"
                ? "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style>"
                : "<?xml version=\"1.0\"?><!DOCTYPE w:styles [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">&x;</w:styles>");
        }
    }
}

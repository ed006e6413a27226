using System.Text;
using DossierGen.Publishing;
using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Publishing;

/// <summary>
/// A PDF's cross-references to other documents of the dossier open their PDFs, not the Word files:
/// LibreOffice keeps a relative .docx link as it is (its own option only renames links to
/// OpenDocument files), so the copy it converts links to .pdf.
/// </summary>
public sealed class PdfLinkTargetsTests
{
    private const string Example = "aav-ds-site-transfer";
    private const string Linking = "/M3/3.2.S.2.1-manufacturer.docx";

    [Fact]
    public void TheCopyForLibreOfficeLinksToThePdfsAndTheWordDocumentIsUntouched()
    {
        var docx = ExampleDossiers.Document(Example, Linking);
        Assert.Contains("Target=\"3.2.S.2.6-manuf-process-development.docx\"", DocxXml.Part(docx, "word/_rels/document.xml.rels"), StringComparison.Ordinal);

        var copy = PdfLinkTargets.Rewrite(docx);

        var relationships = DocxXml.Part(copy, "word/_rels/document.xml.rels");
        Assert.Contains("Target=\"3.2.S.2.6-manuf-process-development.pdf\"", relationships, StringComparison.Ordinal);
        Assert.DoesNotContain(".docx\"", relationships, StringComparison.Ordinal);
        Assert.Equal(DocxXml.Part(docx), DocxXml.Part(copy));
        Assert.Empty(DocxChecker.Check(copy));
        Assert.Contains("Target=\"3.2.S.2.6-manuf-process-development.docx\"", DocxXml.Part(ExampleDossiers.Document(Example, Linking), "word/_rels/document.xml.rels"), StringComparison.Ordinal);
    }

    [Fact]
    public void WebLinksAndOtherFilesAreLeftAsTheyAre()
    {
        var docx = Rendered.Docx("See [the guidance](https://example.org/guide.docx) and [the form](form.xlsx).\n");

        var copy = PdfLinkTargets.Rewrite(docx);

        var relationships = DocxXml.Part(copy, "word/_rels/document.xml.rels");
        Assert.Contains("https://example.org/guide.docx", relationships, StringComparison.Ordinal);
    }

    [LibreOfficeFact]
    public void TheConvertedPdfLinksToTheOtherSectionsPdf()
    {
        using var output = new TemporaryDirectory();

        var run = CliRun.Invoke("generate", Path.Combine(RepositoryPaths.Examples, Example, "change.yaml"), "-o", output.Path, "--pdf");

        Assert.True(run.ExitCode == 0, run.Error);
        var pdf = Encoding.Latin1.GetString(File.ReadAllBytes(output.File("HBG-CC-2026-031/M3/3.2.S.2.1-manufacturer.pdf")));
        Assert.Contains("3.2.S.2.6-manuf-process-development.pdf", pdf, StringComparison.Ordinal);
        Assert.DoesNotContain("manuf-process-development.docx", pdf, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Publishing;
using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Publishing;

/// <summary>
/// generate --pdf with the real LibreOffice, checked with poppler as a submission's PDFs are: PDF
/// 1.4 to 1.7, every font embedded, bookmarks from the headings shown when the file opens, live
/// links, and a table of contents with page numbers. CI checks every example the same way
/// (scripts/convert-examples-to-pdf.sh).
/// </summary>
public sealed class LibreOfficePdfTests
{
    private const string Example = "allogeneic-msc-new-donor-cell-bank";

    [LibreOfficeFact]
    public void EveryPdfOfAnExampleIsFitForSubmission()
    {
        using var output = new TemporaryDirectory();

        var run = CliRun.Invoke("generate", Path.Combine(RepositoryPaths.Examples, Example, "change.yaml"), "-o", output.Path, "--pdf");

        Assert.True(run.ExitCode == 0, run.Error);
        var documents = Directory.GetFiles(output.Path, "*.docx", SearchOption.AllDirectories);
        Assert.NotEmpty(documents);
        foreach (var pdf in documents.Select(d => Path.ChangeExtension(d, ".pdf")))
        {
            var version = Poppler.PdfVersion(pdf);
            Assert.True(version >= new Version(1, 4) && version <= new Version(1, 7), $"{pdf} is PDF {version}");
            Assert.Empty(Poppler.FontsNotEmbedded(pdf));
            Assert.True(Poppler.Bookmarks(pdf) > 0, $"{pdf} has no bookmarks");
            Assert.True(Poppler.OpensWithBookmarks(pdf), $"{pdf} does not open with its bookmarks shown");
            var us = pdf.Contains($"{Path.DirectorySeparatorChar}US{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
            Assert.Contains(us ? "612 x 792 pts (letter)" : "595.304 x 841.89 pts (A4)", Poppler.Run("pdfinfo", pdf), StringComparison.Ordinal);
            var firstPage = Poppler.Run("pdftotext", "-l", "1", "-layout", pdf, "-");
            foreach (var shown in pdf.Contains($"{Path.DirectorySeparatorChar}JP{Path.DirectorySeparatorChar}1-", StringComparison.Ordinal)
                ? new[] { "文書番号", "DRAFT", "Confidential", "［未定］" }
                : ["Document number", "DRAFT", "Confidential", "[to be assigned]", "[sponsor name]"])
            {
                Assert.Contains(shown, firstPage, StringComparison.Ordinal);
            }
        }
    }

    [LibreOfficeFact]
    public void TheTableOfContentsHasPageNumbersAndLinksAndThePdfIsTheSameEveryTime()
    {
        using var output = new TemporaryDirectory();
        var assessment = ExampleDossiers.Document(Example, "/assessment.docx");
        var job = new PdfJob(output.File("assessment.pdf"), assessment, new DateOnly(2027, 3, 1));
        var diagnostics = new DiagnosticBag();

        var pdfs = new PdfConverter().Convert([job], SourceLocation.StartOf(output.Path), diagnostics);
        var again = new PdfConverter().Convert([job], SourceLocation.StartOf(output.Path), diagnostics);

        Assert.True(pdfs is not null && again is not null, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(pdfs[0], again[0]);
        File.WriteAllBytes(job.Target, pdfs[0]);
        var text = Poppler.Text(job.Target);
        foreach (var heading in new[] { "Procedure per market", "Global evidence plan", "Rule trace", "Findings" })
        {
            Assert.Matches(new Regex(Regex.Escape(heading) + @"\s*\.{3,}\s*\d+\s*$", RegexOptions.Multiline), text);
        }

        Assert.True(Poppler.Links(job.Target) >= 4, "the contents' entries are not links");
        Assert.True(Poppler.Bookmarks(job.Target) >= 1);
    }
}

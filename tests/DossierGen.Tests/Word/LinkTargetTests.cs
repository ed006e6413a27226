using DocumentFormat.OpenXml.Packaging;
using DossierGen.Review;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Word;

/// <summary>
/// Only well-formed http, https and mailto links become hyperlinks; any other target is written as
/// text, so a submission document links nowhere unexpected and System.IO.Packaging can always read
/// its relationships back (textconv, diff and redline open every generated document).
/// </summary>
public sealed class LinkTargetTests
{
    public static TheoryData<string, bool> Targets => new()
    {
        { "https://www.ema.europa.eu/en/documents/q5e.pdf", true },
        { "http://example.com/a?b=c&d=e#f", true },
        { "HTTPS://EXAMPLE.COM/", true },
        { "mailto:qa@example.com", true },
        { "https://../", false },
        { "made-up-scheme://foo,bar", false },
        { "javascript:alert(1)", false },
        { "JavaScript:alert(1)", false },
        { "file:///etc/passwd", false },
        { @"\\server\share\file.docx", false },
        { "//server/share", false },
        { "ftp://example.com/file", false },
        { "data:text/html,hello", false },
        { "vbscript:msgbox", false },
        { "mailto:", false },
        { "https://", false },
        { "relative/path.html", false },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void OnlyWellFormedHttpHttpsAndMailtoTargetsBecomeHyperlinks(string target, bool hyperlink)
    {
        var destination = "<" + target.Replace(@"\", @"\\", StringComparison.Ordinal) + ">";
        var docx = Rendered.Docx($"See [the guideline]({destination}) and [^a].\n\n[^a]: Also [this]({destination}).\n");

        Assert.Empty(DocxChecker.Check(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        var main = document.MainDocumentPart!;
        var targets = main.HyperlinkRelationships.Concat(main.FootnotesPart!.HyperlinkRelationships).Select(r => r.Uri.OriginalString).Distinct().ToList();
        Assert.Equal(hyperlink ? [target] : [], targets);
        Assert.Contains("See the guideline and [^1].", DocxText.Extract(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void AGeneratedDossierWithUnusableLinksStillPassesTextconvDiffAndRedline()
    {
        using var scratch = new TemporaryDirectory();
        var links = "Links: <https://../>, <made-up-scheme://foo,bar>, [script](javascript:alert(1)), [file](file:///etc/passwd), [share](<\\\\server\\share>) and [the EMA](https://www.ema.europa.eu/).";
        var before = new UserTextChange { Description = links };
        var after = before with { Description = links + " Revised." };
        Directory.CreateDirectory(scratch.File("before"));
        Directory.CreateDirectory(scratch.File("after"));

        Assert.Equal(0, CliRun.Invoke("generate", before.WriteTo(scratch.File("before")), "-o", scratch.File("out-before")).ExitCode);
        Assert.Equal(0, CliRun.Invoke("generate", after.WriteTo(scratch.File("after")), "-o", scratch.File("out-after")).ExitCode);
        var oldDocx = Directory.EnumerateFiles(scratch.File("out-before"), "*manuf-process-development.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var newDocx = oldDocx.Replace("out-before", "out-after", StringComparison.Ordinal);

        Assert.Empty(DocxChecker.Check(File.ReadAllBytes(newDocx)));
        var textconv = CliRun.Invoke("textconv", newDocx);
        Assert.Equal(0, textconv.ExitCode);
        Assert.Contains("Links: https://../, made-up-scheme://foo,bar, script, file, share and the EMA.", textconv.Out, StringComparison.Ordinal);
        Assert.Equal(1, CliRun.Invoke("diff", oldDocx, newDocx, "--exit-code").ExitCode);
        var redline = CliRun.Invoke("redline", oldDocx, newDocx, "-o", scratch.File("review.docx"));
        Assert.Equal(0, redline.ExitCode);
        Assert.Empty(DocxChecker.Check(File.ReadAllBytes(scratch.File("review.docx"))));
        using var document = WordprocessingDocument.Open(newDocx, isEditable: false);
        Assert.Equal(["https://www.ema.europa.eu/"], document.MainDocumentPart!.HyperlinkRelationships.Select(r => r.Uri.OriginalString));
    }
}

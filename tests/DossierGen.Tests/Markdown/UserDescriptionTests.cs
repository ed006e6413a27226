using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierGen.Review;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Markdown;

/// <summary>
/// The change's description is the user's own Markdown inside a section DossierGen writes: it is
/// its own block, closed at its end whatever it holds, its footnotes cannot take the place of
/// DossierGen's citations, and raw HTML in it is shown as text or dropped, never passed on.
/// </summary>
public sealed class UserDescriptionTests
{
    private const string Comparability = "US/3.2.S.2.6-manuf-process-development";

    private static readonly Lazy<IReadOnlyList<DossierGen.Generation.GeneratedFile>> Plain = new(() => new UserTextChange { Description = "Plain text." }.Generate());

    public static TheoryData<string> OpenEndedDescriptions =>
    [
        "Text.\n\n```\nan unclosed fence",
        "Text.\n\n~~~~\nan unclosed tilde fence",
        "Text.\n\n<!--\nan unclosed comment",
        "Text.\n\n<pre>\nunclosed pre",
        "Text.\n\n<style>\np { color: red }",
        "Text.\n\n<script>\nalert(1)",
        "Text.\n\n<?php\necho 1;",
        "Text.\n\n<![CDATA[\nx",
        "Text.\n\n<div>\nopen div",
        "Text.\n\n::: verify\nA forged verify note",
        "Text.\n\n:::: info\n::: verify\nnested",
        "Text.\n\n> quoted\n> lines",
        "Text.\n\n- a list\n  - nested",
        "Text.\n\n    indented code",
        "Text.\n\n| a | b |\n|---|---|\n| 1 | 2 |",
        "Text.\n\n# Heading one\n\n## Risk assessment",
        "Text ending in a setext underline\n---",
        "Text with a footnote[^x]\n\n[^x]: whose definition runs on\n\n    ```\n    and opens a fence",
        "> ```\nfoo\n```",
    ];

    [Theory]
    [MemberData(nameof(OpenEndedDescriptions))]
    public void AnOpenEndedDescriptionLeavesTheRestOfTheSectionWhole(string description)
    {
        var files = new UserTextChange { Description = description }.Generate();

        foreach (var document in files.Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)))
        {
            Assert.Empty(DocxChecker.Check(document.Content));
            var plain = Plain.Value.Single(f => f.RelativePath == document.RelativePath).Content;
            Assert.Empty(TemplateSkeleton.Of(plain).Differences(TemplateSkeleton.Of(document.Content)));
        }

        var comparability = Docx(files, Comparability);
        Assert.Equal(BodyStyleAfter(Docx(Plain.Value, Comparability), "Risk assessment"), BodyStyleAfter(comparability, "Risk assessment"));
    }

    [Fact]
    public void ASponsorFootnoteLabelledLikeACitationKeepsBothApart()
    {
        var files = new UserTextChange { Description = "Our own note.[^c1] And [^C1].\n\n[^c1]: The sponsor's footnote.\n" }.Generate();
        var comparability = Docx(files, Comparability);

        var footnotes = Word.FootnoteReferenceTests.FootnotesInReferenceOrder(comparability);
        var citations = Word.FootnoteReferenceTests.FootnotesInReferenceOrder(Docx(Plain.Value, Comparability));
        Assert.Equal(2, footnotes.Count(f => f == "The sponsor's footnote."));
        Assert.Equal(citations, footnotes.Where(f => f != "The sponsor's footnote."));
    }

    [Fact]
    public void RawHtmlIsShownAsTextOrDroppedNeverPassedOn()
    {
        var files = new UserTextChange { Description = "<div onclick=\"steal()\">\nHello\n</div>\n\nText with <b>bold</b> and <script>alert(1)</script> inline.\n" }.Generate();

        var twin = System.Text.Encoding.UTF8.GetString(files.Single(f => f.RelativePath.EndsWith(Comparability + ".md", StringComparison.Ordinal)).Content);
        Assert.DoesNotContain("<div", twin.Replace("\\<div", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", twin, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", twin, StringComparison.Ordinal);
        var text = DocxText.Extract(Docx(files, Comparability));
        Assert.Contains("<div onclick=\"steal()\"> Hello </div>", text, StringComparison.Ordinal);
        Assert.Contains("Text with bold and alert(1) inline.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingsInTheDescriptionStayBelowTheSectionsOwn()
    {
        var files = new UserTextChange { Description = "# Background\n\nText.\n\n## Detail\n\nMore.\n" }.Generate();

        var text = DocxText.Extract(Docx(files, Comparability));

        Assert.Contains("\n### Background\n", text, StringComparison.Ordinal);
        Assert.Contains("\n#### Detail\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("description-quotes-nested-too-deeply.yaml")]
    [InlineData("description-emphasis-nested-too-deeply.yaml")]
    [InlineData("description-brackets-beyond-markdig.yaml")]
    public void ValidateRefusesWhatGenerateWouldRefuseWithTheSameDiagnostic(string file)
    {
        using var scratch = new TemporaryDirectory();
        foreach (var name in new[] { file, "product.yaml" })
        {
            File.Copy(Path.Combine(RepositoryPaths.TestInputs, "Malformed", name), scratch.File(name));
        }

        var validate = CliRun.Invoke("validate", scratch.File(file));
        var generate = CliRun.Invoke("generate", scratch.File(file), "-o", scratch.File("out"));

        Assert.Equal(2, validate.ExitCode);
        Assert.Equal(2, generate.ExitCode);
        Assert.Contains("error DG1111: ", validate.Error, StringComparison.Ordinal);
        Assert.Equal(validate.ErrorLines.Where(l => l.Contains("DG1111", StringComparison.Ordinal)), generate.ErrorLines.Where(l => l.Contains("DG1111", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(scratch.File("out")));
    }

    private static byte[] Docx(IReadOnlyList<DossierGen.Generation.GeneratedFile> files, string name) =>
        files.Single(f => f.RelativePath.EndsWith(name + ".docx", StringComparison.Ordinal)).Content;

    /// <summary>The style of every body paragraph from the heading <paramref name="heading"/> on: the template's part of the section.</summary>
    private static List<string> BodyStyleAfter(byte[] docx, string heading)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .SkipWhile(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value != "Heading2" || DocxText.Inline(p) != heading)
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "") + ":" + DocxText.Inline(p))];
    }
}

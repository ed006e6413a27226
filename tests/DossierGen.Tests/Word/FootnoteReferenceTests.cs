using System.Text.RegularExpressions;
using DossierGen.Review;
using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Word;

/// <summary>
/// Every footnote reference of the Markdown is a footnote of the Word document, with its own text:
/// Markdig read two references side by side, <c>[^c1][^c2]</c>, as one reference link whose text
/// was "^c1", so the first citation lost both its mark and its text.
/// </summary>
public sealed partial class FootnoteReferenceTests
{
    public static TheoryData<string> Examples => GeneratedDossierTests.Examples;

    [Fact]
    public void AdjacentFootnoteReferencesAreTwoFootnotesWithTheirOwnText()
    {
        var docx = Rendered.Docx("Decided by two rules.[^a][^b] And [^b][^a][^a].\n\n[^a]: Rule A.\n[^b]: Rule B.\n");

        Assert.Equal(["Rule A.", "Rule B.", "Rule B.", "Rule A.", "Rule A."], FootnotesInReferenceOrder(docx));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryFootnoteReferenceOfEveryTwinIsAFootnoteWithItsTextInTheDocx(string example)
    {
        var files = ExampleDossiers.For(example);
        foreach (var twin in files.Where(f => f.RelativePath.EndsWith(".md", StringComparison.Ordinal)))
        {
            var docx = files.Single(f => f.RelativePath == twin.RelativePath[..^".md".Length] + ".docx").Content;
            var lines = System.Text.Encoding.UTF8.GetString(twin.Content).Split('\n');
            var definitions = lines.Select(l => Definition().Match(l)).Where(m => m.Success)
                .ToDictionary(m => m.Groups[1].Value, m => Unescape(m.Groups[2].Value), StringComparer.Ordinal);
            var expected = lines.Where(l => !Definition().IsMatch(l))
                .SelectMany(l => Reference().Matches(l).Select(m => definitions[m.Groups[1].Value]))
                .ToList();

            Assert.True(expected.SequenceEqual(FootnotesInReferenceOrder(docx)), $"{twin.RelativePath}: the footnotes of the .docx differ from the references of the twin");
        }
    }

    /// <summary>The text of the footnote behind each reference of the body, in the body's order (from textconv).</summary>
    internal static List<string> FootnotesInReferenceOrder(byte[] docx)
    {
        var lines = DocxText.Extract(docx).Split('\n');
        var footnotes = lines.Select(l => NumberedFootnote().Match(l)).Where(m => m.Success).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim(), StringComparer.Ordinal);
        return [.. lines.Where(l => !NumberedFootnote().IsMatch(l)).SelectMany(l => NumberedReference().Matches(l).Select(m => footnotes[m.Groups[1].Value]))];
    }

    /// <summary>Markdown text as a reader sees it: a backslash before ASCII punctuation is an escape.</summary>
    private static string Unescape(string markdown) => Escape().Replace(markdown, "$1").Trim();

    [GeneratedRegex(@"^\[\^([^\]]+)\]: (.*)$")]
    private static partial Regex Definition();

    [GeneratedRegex(@"(?<!\\)\[\^([^\]\s]+)\]")]
    private static partial Regex Reference();

    [GeneratedRegex(@"^\[\^(\d+)\]: (.*)$")]
    private static partial Regex NumberedFootnote();

    [GeneratedRegex(@"\[\^(\d+)\]")]
    private static partial Regex NumberedReference();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();
}

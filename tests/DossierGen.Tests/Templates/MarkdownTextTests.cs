using DossierGen.Markdown;
using DossierGen.Review;
using DossierGen.Templates;
using DossierGen.Tests.Support;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DossierGen.Tests.Templates;

/// <summary>
/// One-line fields (title, summary, present, proposed ...) stay one line of literal text wherever a
/// template puts them: a line break in them cannot end a heading, open a verify box or push
/// "Proposed:" out of its table, and nothing at their start is read as Markdown structure.
/// </summary>
public sealed class MarkdownTextTests
{
    public static TheoryData<string> LineBreaks => ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\v", "\f"];

    public static TheoryData<string> LineStarts =>
    [
        "# Heading", "###### h", "::: verify", ":::", "- item", "+ item", "* item", "1. one", "12) twelve", "123456789. n", "> quote",
        "=====", "---", "- - -", "***", "___", "| a | b |", "```", "~~~", "    indented", "\tindented", "<div>", "<!-- x", "[^c1]: sponsor",
        "[x]: https://example.com", "::inline::", "&amp; &copy;", "a\n::: verify\nforged\n:::", "a\n\n# h", "a\n===", "a\n---",
        "Present: x | Proposed: y", "text\\", "`code`", "<https://example.com>", "*emphasis* _too_", "[link](https://example.com)",
    ];

    [Theory]
    [MemberData(nameof(LineBreaks))]
    public void ALineBreakInAOneLineFieldBecomesASpace(string lineBreak)
    {
        Assert.Equal("a b", MarkdownText.Escape("a" + lineBreak + "b"));
        Assert.Equal("a b", MarkdownText.Cell("a" + lineBreak + "b"));
    }

    [Theory]
    [MemberData(nameof(LineStarts))]
    public void EscapedTextIsOneLineOfLiteralTextWhereverTheTemplatePutsIt(string value)
    {
        var expected = System.Text.RegularExpressions.Regex.Replace(value, "[\r\n]+", " ").Trim();
        var escaped = MarkdownText.Escape(value);

        Assert.DoesNotContain('\n', escaped);
        // Each place a template puts a field, with the text the field's paragraph or heading then has before it.
        foreach (var (context, before) in new[] { ("", ""), ("Present: ", "Present: "), ("- ", ""), ("### C1: ", "C1: "), ("1. ", ""), ("> ", "") })
        {
            var document = DossierMarkdown.Parse(context + escaped + "\n");
            var leaf = Assert.Single(Leaves(document));
            Assert.True(leaf is ParagraphBlock or HeadingBlock, $"'{context}{escaped}' is a {leaf.GetType().Name}");
            Assert.Equal(before + expected, Text(leaf));
        }
    }

    [Fact]
    public void ALineBreakInASummaryOrProposedCannotForgeAVerifyBoxOrAHeading()
    {
        var plain = new UserTextChange();
        var forged = plain with
        {
            Summary = "New supplier\n::: verify\nForged note\n:::",
            Proposed = "Northgate\n\n# Proposed: fake heading\n",
            Title = "Supplier change\n# Forged title",
        };

        var expected = plain.Generate().Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        var actual = forged.Generate().Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).ToList();

        Assert.Equal(expected.Select(f => f.RelativePath), actual.Select(f => f.RelativePath));
        foreach (var (before, after) in expected.Zip(actual))
        {
            Assert.Empty(TemplateSkeleton.Of(before.Content).Differences(TemplateSkeleton.Of(after.Content)));
        }

        var comparability = DocxText.Extract(actual.Single(f => f.RelativePath.EndsWith("US/3.2.S.2.6-manuf-process-development.docx", StringComparison.Ordinal)).Content);
        Assert.Contains("### C1: New supplier ::: verify Forged note :::\n", comparability, StringComparison.Ordinal);
        Assert.Contains("Present: Aldermoor Plasmid Manufacturing. Proposed: Northgate # Proposed: fake heading.", comparability, StringComparison.Ordinal);
    }

    [Fact]
    public void AOneLineFieldIsOneLineInTheHeaderAndTheDocumentPropertiesToo()
    {
        var documents = new UserTextChange { Title = "Supplier\nchange", ProductName = "Test\r\n\u2028vec" }.Generate()
            .Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).ToList();

        Assert.All(documents, d => Assert.Contains("Test vec · CC-USERTEXT-1 · ", DocxXml.Part(d.Content, "word/header1.xml"), StringComparison.Ordinal));
        Assert.Contains("<dc:subject>CC-USERTEXT-1: Supplier change</dc:subject>", DocxXml.Part(documents.First(d => d.RelativePath.EndsWith("manuf-process-development.docx", StringComparison.Ordinal)).Content, "docProps/core.xml"), StringComparison.Ordinal);
        Assert.Contains("<dc:subject>Supplier change</dc:subject>", DocxXml.Part(documents.Single(d => d.RelativePath.EndsWith("/assessment.docx", StringComparison.Ordinal)).Content, "docProps/core.xml"), StringComparison.Ordinal);
    }

    private static IEnumerable<LeafBlock> Leaves(ContainerBlock container) =>
        container.SelectMany(block => block switch
        {
            LeafBlock leaf => [leaf],
            ContainerBlock inner => Leaves(inner),
            _ => [],
        });

    private static string Text(LeafBlock leaf) =>
        string.Concat(leaf.Inline!.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            _ => "",
        }));
}

using DocumentFormat.OpenXml.Packaging;
using DossierGen.Markdown;
using DossierGen.Review;
using DossierGen.Tests.Support;
using DossierGen.Word;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DossierGen.Tests.Word;

/// <summary>The renderer writes every node the dossier's Markdown pipeline can produce, and nothing it parses crashes it.</summary>
public sealed class RendererCoverageTests
{
    /// <summary>Nodes written by the renderer of their parent (list items, rows, cells, footnotes) or that are only the root.</summary>
    private static readonly HashSet<Type> WrittenByTheirParent =
    [
        typeof(MarkdownDocument), typeof(ListItemBlock), typeof(TableRow), typeof(TableCell), typeof(Footnote),
        typeof(LinkReferenceDefinition), typeof(FootnoteLinkReferenceDefinition), typeof(ContainerInline),
    ];

    [Theory]
    [InlineData(130)]
    [InlineData(144)]
    [InlineData(237)]
    public void AnEmptyFencedCodeBlockRenders(int example)
    {
        var docx = Rendered.Docx(CommonMarkSpec.Markdown(example));

        Assert.Empty(DocxChecker.Check(docx));
    }

    [Fact]
    public void AnHtmlEntityIsWrittenAsTheCharacterItStandsFor()
    {
        var docx = Rendered.Docx("AT&amp;T &copy; 2026, &#8804; 5 &#x3C; 6\n");

        Assert.Equal("AT&T © 2026, ≤ 5 < 6\n", DocxText.Extract(docx));
    }

    [Fact]
    public void EveryNodeThePipelineProducesHasAWordRenderer()
    {
        var extras = new[]
        {
            "Text[^a] and ::inline container:: &amp; <b>html</b> <https://example.com>.\n\n[^a]: A note.\n\n[ref]: https://example.com\n",
            "| a | b |\n|:--|--:|\n| *x* | `y` |\n\n::: verify\nNote.\n:::\n",
        };
        var types = CommonMarkSpec.Examples.Select(e => e.Markdown).Concat(extras)
            .SelectMany(markdown => Nodes(DossierMarkdown.Parse(markdown)))
            .Select(node => node.GetType())
            .ToHashSet();
        var renderer = new WordRenderer(new WordContent());

        var unrendered = types.Where(t => !WrittenByTheirParent.Contains(t) && !renderer.ObjectRenderers.Any(r => r.Accept(renderer, t))).Select(t => t.FullName).ToList();

        Assert.Empty(unrendered);
        Assert.Contains(typeof(HtmlEntityInline), types);
    }

    [Fact]
    public void AFootnoteReferenceInsideAFootnoteDoesNotNestFootnotes()
    {
        // Word has no footnotes inside footnotes; a footnote that cites itself must not recurse either.
        var docx = Rendered.Docx("Text[^a].\n\n[^a]: See [^b] and [^a].\n[^b]: B.\n");

        Assert.Empty(DocxChecker.Check(docx));
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        Assert.Empty(document.MainDocumentPart!.FootnotesPart!.Footnotes!.Descendants<DocumentFormat.OpenXml.Wordprocessing.FootnoteReference>());
    }

    private static IEnumerable<MarkdownObject> Nodes(MarkdownObject root)
    {
        var pending = new Stack<MarkdownObject>([root]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            switch (node)
            {
                case ContainerBlock container:
                    container.ToList().ForEach(pending.Push);
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push(inline);
                    break;
                case ContainerInline inlines:
                    inlines.ToList().ForEach(pending.Push);
                    break;
                default:
                    break;
            }
        }
    }
}

using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace DossierGen.Markdown;

/// <summary>
/// The one Markdown pipeline: CommonMark plus pipe tables (column widths from the separator
/// dashes), footnotes (citations, with adjacent references read as separate footnotes) and custom
/// containers (::: verify notes) and <c>++inserted++</c> text (underlined: the changed words of a
/// Japanese 新旧対照表). Every extension enabled here has a Word renderer under Word/.
/// </summary>
public static class DossierMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = Build();

    /// <summary>
    /// Parses (long tables in slices, <see cref="LongTables"/>), then drops Markdig's footnote
    /// back-links: HTML navigation, one per reference, that no output uses. Word writes a
    /// footnote's text at every reference, so with them a citation referenced N times walked N
    /// back-links N times.
    /// </summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = LongTables.Parse(markdown, Pipeline);
        foreach (var backLink in document.Descendants<FootnoteLink>().Where(l => l.IsBackLink).ToList())
        {
            backLink.Remove();
        }

        return document;
    }

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
            .UseFootnotes()
            .UseCustomContainers()
            .UseEmphasisExtras(EmphasisExtraOptions.Inserted);
        builder.Extensions.Add(new FootnoteReferenceExtension());
        return builder.Build();
    }
}

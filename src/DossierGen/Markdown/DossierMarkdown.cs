using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace DossierGen.Markdown;

/// <summary>
/// The one Markdown pipeline: CommonMark plus pipe tables (column widths from the separator
/// dashes), footnotes (citations, with adjacent references read as separate footnotes) and custom
/// containers (::: verify notes). Every extension enabled here has a Word renderer under Word/.
/// </summary>
public static class DossierMarkdown
{
    public static MarkdownPipeline Pipeline { get; } = Build();

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables(new PipeTableOptions { InferColumnWidthsFromSeparator = true })
            .UseFootnotes()
            .UseCustomContainers();
        builder.Extensions.Add(new FootnoteReferenceExtension());
        return builder.Build();
    }
}

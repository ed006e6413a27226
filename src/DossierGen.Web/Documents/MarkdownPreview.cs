using Markdig;

namespace DossierGen.Web.Documents;

/// <summary>
/// A section's Markdown twin as HTML for the preview. Raw HTML in the Markdown is shown as text,
/// never passed through: the twin carries user text from the change file.
/// </summary>
internal static class MarkdownPreview
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().DisableHtml().Build();

    public static string ToHtml(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);
}

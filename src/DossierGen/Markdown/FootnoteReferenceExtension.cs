using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace DossierGen.Markdown;

/// <summary>Puts <see cref="FootnoteReferenceParser"/> in front of the link parser.</summary>
internal sealed class FootnoteReferenceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.InlineParsers.Contains<FootnoteReferenceParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new FootnoteReferenceParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

using DossierGen.Word.Xml;
using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

/// <summary>A hard break is a line break in the paragraph; a soft break is a space, as in Markdown.</summary>
public sealed class LineBreakInlineRenderer : WordObjectRenderer<LineBreakInline>
{
    protected override void Write(WordRenderer renderer, LineBreakInline obj)
    {
        if (obj.IsHard)
        {
            renderer.Append(RunFactory.Holding(new WordElement("w:br")));
        }
        else
        {
            renderer.WriteText(" ");
        }
    }
}

using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>A paragraph, or a numbered caption when it is one (<see cref="Captions.CaptionParagraph"/>).</summary>
public sealed class ParagraphRenderer : WordObjectRenderer<ParagraphBlock>
{
    protected override void Write(WordRenderer renderer, ParagraphBlock obj)
    {
        if (Captions.CaptionParagraph.Of(obj) is var (kind, markerLength))
        {
            Captions.CaptionWriter.Write(renderer, obj, kind, markerLength);
            return;
        }

        renderer.OpenParagraph();
        renderer.WriteLeafInline(obj);
    }
}

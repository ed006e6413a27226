using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

public sealed class ParagraphRenderer : WordObjectRenderer<ParagraphBlock>
{
    protected override void Write(WordRenderer renderer, ParagraphBlock obj)
    {
        renderer.OpenParagraph();
        renderer.WriteLeafInline(obj);
    }
}

using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

public sealed class QuoteBlockRenderer : WordObjectRenderer<QuoteBlock>
{
    protected override void Write(WordRenderer renderer, QuoteBlock obj)
    {
        var outer = renderer.ParagraphStyle;
        renderer.ParagraphStyle = StyleIds.BlockText;
        renderer.WriteChildren(obj);
        renderer.ParagraphStyle = outer;
    }
}

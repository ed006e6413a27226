using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>Headings use Heading 1-4; CTD numbering is part of the heading text, as in a submitted section.</summary>
public sealed class HeadingRenderer : WordObjectRenderer<HeadingBlock>
{
    protected override void Write(WordRenderer renderer, HeadingBlock obj)
    {
        renderer.OpenParagraph(StyleIds.Heading(obj.Level));
        renderer.WriteLeafInline(obj);
    }
}

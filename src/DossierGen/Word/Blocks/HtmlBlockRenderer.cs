using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>Raw HTML in a user's narrative is kept as its text, not interpreted.</summary>
public sealed class HtmlBlockRenderer : WordObjectRenderer<HtmlBlock>
{
    protected override void Write(WordRenderer renderer, HtmlBlock obj)
    {
        renderer.OpenParagraph();
        renderer.WriteText(obj.Lines.ToString());
    }
}

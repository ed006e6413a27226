using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

public sealed class LiteralInlineRenderer : WordObjectRenderer<LiteralInline>
{
    protected override void Write(WordRenderer renderer, LiteralInline obj) => renderer.WriteText(obj.Content.ToString());
}

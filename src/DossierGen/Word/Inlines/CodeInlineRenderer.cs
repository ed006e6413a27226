using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

/// <summary>Inline code (codes such as <c>B.I.a.1.e</c>, rule ids) in the Verbatim Char style.</summary>
public sealed class CodeInlineRenderer : WordObjectRenderer<CodeInline>
{
    protected override void Write(WordRenderer renderer, CodeInline obj) =>
        renderer.WithRunStyle(renderer.CurrentRunStyle with { CharacterStyle = StyleIds.VerbatimChar }, () => renderer.WriteText(obj.Content));
}

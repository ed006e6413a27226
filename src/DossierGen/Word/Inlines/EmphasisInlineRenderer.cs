using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

/// <summary><c>*x*</c> italic, <c>**x**</c> bold, <c>++x++</c> underlined, as direct run formatting (as pandoc does).</summary>
public sealed class EmphasisInlineRenderer : WordObjectRenderer<EmphasisInline>
{
    protected override void Write(WordRenderer renderer, EmphasisInline obj)
    {
        var current = renderer.CurrentRunStyle;
        var style = obj.DelimiterChar == '+' ? current with { Underline = true }
            : obj.DelimiterCount >= 2 ? current with { Bold = true } : current with { Italic = true };
        renderer.WithRunStyle(style, () => renderer.WriteChildren(obj));
    }
}

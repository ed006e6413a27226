using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

/// <summary>Unmatched delimiters (a lone '*' or '|') are literal text.</summary>
public sealed class DelimiterInlineRenderer : WordObjectRenderer<DelimiterInline>
{
    protected override void Write(WordRenderer renderer, DelimiterInline obj)
    {
        renderer.WriteText(obj.ToLiteral());
        renderer.WriteChildren(obj);
    }
}

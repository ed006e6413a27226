using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

/// <summary>An entity or character reference (<c>&amp;amp;</c>, <c>&amp;#8804;</c>) is the character it stands for.</summary>
public sealed class HtmlEntityInlineRenderer : WordObjectRenderer<HtmlEntityInline>
{
    protected override void Write(WordRenderer renderer, HtmlEntityInline obj) => renderer.WriteText(obj.Transcoded.ToString());
}

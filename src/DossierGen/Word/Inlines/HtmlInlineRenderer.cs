using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

/// <summary>Inline HTML tags in a user's narrative are dropped; their text content stays.</summary>
public sealed class HtmlInlineRenderer : WordObjectRenderer<HtmlInline>
{
    protected override void Write(WordRenderer renderer, HtmlInline obj)
    {
    }
}

using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

/// <summary>
/// Links become Word hyperlinks with a relationship id numbered in document order (never random);
/// an image, or a link to a target that is not a well-formed http, https or mailto URI, is its text.
/// </summary>
public sealed class LinkInlineRenderer : WordObjectRenderer<LinkInline>
{
    protected override void Write(WordRenderer renderer, LinkInline obj)
    {
        if (obj.IsImage || !Markdown.LinkTargets.IsHyperlink(obj.Url))
        {
            renderer.WriteChildren(obj);
            return;
        }

        renderer.Content.Hyperlinks.Add(obj.Url);
        var hyperlink = HyperlinkElement.For(renderer.Content.Hyperlinks.Count);
        renderer.Append(hyperlink);
        var text = string.Concat(obj.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        hyperlink.Add(RunFactory.Text(text.Length == 0 ? obj.Url : text, renderer.CurrentRunStyle with { CharacterStyle = StyleIds.Hyperlink }));
    }
}

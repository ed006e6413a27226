using DossierGen.Word.Xml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

/// <summary>
/// Links become Word hyperlinks with a relationship id numbered in document order (never random);
/// a link to a section (<c>#sec:3.2.S.2.5</c>, <see cref="CrossReferences.SectionLink"/>) a
/// cross-reference to its heading; an image, or a link to a target that is not a well-formed http,
/// https or mailto URI or a section of the dossier, is its text.
/// </summary>
public sealed class LinkInlineRenderer : WordObjectRenderer<LinkInline>
{
    protected override void Write(WordRenderer renderer, LinkInline obj)
    {
        var section = obj.IsImage ? null : CrossReferences.SectionLink.Target(obj.Url);
        var hyperlink = obj.IsImage ? null
            : section is not null ? renderer.SectionLinks.Link(renderer.Content, section)
            : Web(renderer, obj.Url);
        if (hyperlink is null)
        {
            renderer.WriteChildren(obj);
            return;
        }

        renderer.Append(hyperlink);
        var text = string.Concat(obj.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        hyperlink.Add(RunFactory.Text(text.Length > 0 ? text : section ?? obj.Url!, renderer.CurrentRunStyle with { CharacterStyle = StyleIds.Hyperlink }));
    }

    private static WordElement? Web(WordRenderer renderer, string? url)
    {
        if (!Markdown.LinkTargets.IsHyperlink(url))
        {
            return null;
        }

        renderer.Content.Hyperlinks.Add(url);
        return HyperlinkElement.For(renderer.Content.Hyperlinks.Count);
    }
}

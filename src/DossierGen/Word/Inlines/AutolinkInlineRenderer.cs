using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

/// <summary>An autolink (<c>&lt;https://…&gt;</c>, <c>&lt;name@example.com&gt;</c>) is a hyperlink when its target is one DossierGen links to, else its text.</summary>
public sealed class AutolinkInlineRenderer : WordObjectRenderer<AutolinkInline>
{
    protected override void Write(WordRenderer renderer, AutolinkInline obj)
    {
        var url = obj.IsEmail ? "mailto:" + obj.Url : obj.Url;
        if (!Markdown.LinkTargets.IsHyperlink(url))
        {
            renderer.WriteText(obj.Url);
            return;
        }

        renderer.Content.Hyperlinks.Add(url);
        var hyperlink = HyperlinkElement.For(renderer.Content.Hyperlinks.Count);
        hyperlink.Add(RunFactory.Text(obj.Url, renderer.CurrentRunStyle with { CharacterStyle = StyleIds.Hyperlink }));
        renderer.Append(hyperlink);
    }
}

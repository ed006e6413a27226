using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Inlines;

public sealed class AutolinkInlineRenderer : WordObjectRenderer<AutolinkInline>
{
    protected override void Write(WordRenderer renderer, AutolinkInline obj)
    {
        var url = obj.IsEmail ? "mailto:" + obj.Url : obj.Url;
        renderer.Content.Hyperlinks.Add(url);
        var hyperlink = HyperlinkElement.For(renderer.Content.Hyperlinks.Count);
        hyperlink.Add(RunFactory.Text(obj.Url, renderer.CurrentRunStyle with { CharacterStyle = StyleIds.Hyperlink }));
        renderer.Append(hyperlink);
    }
}

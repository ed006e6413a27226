using DossierGen.Word.Xml;
using Markdig.Extensions.CustomContainers;

namespace DossierGen.Word.Blocks;

/// <summary>
/// <c>::: verify</c> and <c>::: info</c> containers become boxed notes kept on one page, <c>::: toc</c>
/// a table of contents: the verify flags of rules resting on unconfirmed points must stand out in
/// the dossier, not hide in a footnote.
/// </summary>
public sealed class CalloutRenderer : WordObjectRenderer<CustomContainer>
{
    protected override void Write(WordRenderer renderer, CustomContainer obj)
    {
        if (obj.Info == "toc")
        {
            // The contents' title is the container's text; the entries are filled in when the whole
            // document has been rendered (WordRenderer.Render), since the headings come after.
            var outerStyle = renderer.ParagraphStyle;
            renderer.ParagraphStyle = StyleIds.TocHeading;
            renderer.WriteChildren(obj);
            renderer.ParagraphStyle = outerStyle;
            renderer.TableOfContents = renderer.OpenParagraph(StyleIds.BodyText);
            return;
        }

        var outer = renderer.ParagraphStyle;
        var container = renderer.Container;
        var first = container.Children.Count;
        renderer.ParagraphStyle = obj.Info == "verify" ? StyleIds.VerifyNote : StyleIds.InfoNote;
        renderer.WriteChildren(obj);
        renderer.ParagraphStyle = outer;
        Layout.KeepTogether.Apply([.. container.Children.Skip(first).Where(c => c.Name == Wml.Paragraph)]);
    }
}

using Markdig.Extensions.CustomContainers;

namespace DossierGen.Word.Blocks;

/// <summary>
/// <c>::: verify</c> and <c>::: info</c> containers become boxed notes: the verify flags of rules
/// resting on unconfirmed points must stand out in the dossier, not hide in a footnote.
/// </summary>
public sealed class CalloutRenderer : WordObjectRenderer<CustomContainer>
{
    protected override void Write(WordRenderer renderer, CustomContainer obj)
    {
        var outer = renderer.ParagraphStyle;
        renderer.ParagraphStyle = obj.Info == "verify" ? StyleIds.VerifyNote : StyleIds.InfoNote;
        renderer.WriteChildren(obj);
        renderer.ParagraphStyle = outer;
    }
}

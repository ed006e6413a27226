using Markdig.Extensions.Footnotes;

namespace DossierGen.Word.Blocks;

/// <summary>Footnote definitions are not body text: they are written when referenced, into the footnotes part.</summary>
public sealed class FootnoteGroupRenderer : WordObjectRenderer<FootnoteGroup>
{
    protected override void Write(WordRenderer renderer, FootnoteGroup obj)
    {
    }
}

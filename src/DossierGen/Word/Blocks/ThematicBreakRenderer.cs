using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>A thematic break becomes an empty body paragraph: a dossier section has no decorative rules.</summary>
public sealed class ThematicBreakRenderer : WordObjectRenderer<ThematicBreakBlock>
{
    protected override void Write(WordRenderer renderer, ThematicBreakBlock obj) => renderer.OpenParagraph();
}

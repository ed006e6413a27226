using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>
/// Headings use Heading 1-4; CTD numbering is part of the heading text, as in a submitted section.
/// Each heading is bookmarked (<see cref="Bookmarks.HeadingBookmarks"/>) so cross-references, in
/// this document or another of the dossier, can point at it.
/// </summary>
public sealed class HeadingRenderer : WordObjectRenderer<HeadingBlock>
{
    protected override void Write(WordRenderer renderer, HeadingBlock obj)
    {
        var heading = renderer.OpenParagraph(StyleIds.Heading(obj.Level));
        renderer.WriteLeafInline(obj);
        Bookmarks.HeadingBookmarks.Add(renderer.Bookmarks, heading, obj.Level, renderer.Info?.SectionNumber);
    }
}

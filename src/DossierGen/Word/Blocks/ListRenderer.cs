using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>
/// Each list gets its own numbering instance, so a numbered list always restarts at its first
/// number (pandoc's approach); nested lists use the next level of their own instance. Inside a
/// note box the items keep the box's paragraph style and are indented so that every paragraph's
/// leftmost point (the number) sits on the box's own indent: Word and LibreOffice join bordered
/// paragraphs into one box only when those edges match (see <see cref="WordRenderer.OpenParagraph"/>).
/// </summary>
public sealed class ListRenderer : WordObjectRenderer<ListBlock>
{
    protected override void Write(WordRenderer renderer, ListBlock obj)
    {
        renderer.Content.ListInstances.Add(obj.IsOrdered);
        var numberingId = renderer.Content.ListInstances.Count;
        var level = renderer.ListDepth;
        var (outerContext, outerStyle, outerStarted) = (renderer.ListContext, renderer.ParagraphStyle, renderer.ListItemStarted);
        var itemStyle = renderer.InNoteBox ? outerStyle : StyleIds.Compact;
        renderer.ListDepth++;
        foreach (var item in obj.OfType<ListItemBlock>())
        {
            renderer.ListContext = (numberingId, Math.Min(level, 8));
            renderer.ListItemStarted = false;
            renderer.ParagraphStyle = itemStyle;
            renderer.WriteChildren(item);
        }

        renderer.ListDepth--;
        (renderer.ListContext, renderer.ParagraphStyle, renderer.ListItemStarted) = (outerContext, outerStyle, outerStarted);
    }
}

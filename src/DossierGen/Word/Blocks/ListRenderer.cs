using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>
/// Each list gets its own numbering instance, so a numbered list always restarts at its first
/// number (pandoc's approach); nested lists use the next level of their own instance.
/// </summary>
public sealed class ListRenderer : WordObjectRenderer<ListBlock>
{
    protected override void Write(WordRenderer renderer, ListBlock obj)
    {
        renderer.Content.ListInstances.Add(obj.IsOrdered);
        var numberingId = renderer.Content.ListInstances.Count;
        var level = renderer.ListDepth;
        var (outerContext, outerStyle, outerStarted) = (renderer.ListContext, renderer.ParagraphStyle, renderer.ListItemStarted);
        // Inside a note box the items keep the box's style, so the list stays inside the box.
        var itemStyle = outerStyle is StyleIds.VerifyNote or StyleIds.InfoNote ? outerStyle : StyleIds.Compact;
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

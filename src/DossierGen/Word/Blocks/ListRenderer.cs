using System.Globalization;
using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>
/// Each list gets its own numbering instance, so a numbered list always restarts at its first
/// number (pandoc's approach); nested lists use the next level of their own instance. Inside a
/// note box the bullets and numbers are written as text instead: Word and LibreOffice join
/// bordered paragraphs into one box only when their indents match, and numbering indents them.
/// </summary>
public sealed class ListRenderer : WordObjectRenderer<ListBlock>
{
    private static readonly string[] Bullets = ["•", "◦", "▪"];

    protected override void Write(WordRenderer renderer, ListBlock obj)
    {
        if (renderer.ParagraphStyle is StyleIds.VerifyNote or StyleIds.InfoNote)
        {
            WriteInNote(renderer, obj);
            return;
        }

        renderer.Content.ListInstances.Add(obj.IsOrdered);
        var numberingId = renderer.Content.ListInstances.Count;
        var level = renderer.ListDepth;
        var (outerContext, outerStyle, outerStarted) = (renderer.ListContext, renderer.ParagraphStyle, renderer.ListItemStarted);
        renderer.ListDepth++;
        foreach (var item in obj.OfType<ListItemBlock>())
        {
            renderer.ListContext = (numberingId, Math.Min(level, 8));
            renderer.ListItemStarted = false;
            renderer.ParagraphStyle = StyleIds.Compact;
            renderer.WriteChildren(item);
        }

        renderer.ListDepth--;
        (renderer.ListContext, renderer.ParagraphStyle, renderer.ListItemStarted) = (outerContext, outerStyle, outerStarted);
    }

    private static void WriteInNote(WordRenderer renderer, ListBlock obj)
    {
        var level = renderer.ListDepth;
        var number = obj.IsOrdered && int.TryParse(obj.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var outerContext = renderer.ListContext;
        renderer.ListContext = null;
        renderer.ListDepth++;
        foreach (var item in obj.OfType<ListItemBlock>())
        {
            // An em space per nesting level stands in for the indent numbering would give.
            var marker = obj.IsOrdered ? number++.ToString(CultureInfo.InvariantCulture) + "." : Bullets[level % Bullets.Length];
            renderer.ItemMarker = new string('\u2003', level) + marker + " ";
            renderer.WriteChildren(item);
            renderer.ItemMarker = null;
        }

        renderer.ListDepth--;
        renderer.ListContext = outerContext;
    }
}

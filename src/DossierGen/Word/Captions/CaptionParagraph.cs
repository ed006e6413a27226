using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Captions;

/// <summary>
/// Recognises a caption in the Markdown: a paragraph that starts with <c>Table: </c> right before a
/// table, or with <c>Figure: </c> right before a figure (a fenced block such as a chart, a custom
/// container other than a note box or contents, or a paragraph of images only). Anywhere else the
/// paragraph is ordinary text.
/// </summary>
public static class CaptionParagraph
{
    /// <summary>The kind of caption <paramref name="paragraph"/> is and the length of its "Table:" or "Figure:" marker, or null.</summary>
    public static (CaptionKind Kind, int MarkerLength)? Of(ParagraphBlock paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.Inline?.FirstChild is not LiteralInline { } first || paragraph.Parent is not { } parent)
        {
            return null;
        }

        var text = first.Content.ToString();
        var index = parent.IndexOf(paragraph);
        var next = index + 1 < parent.Count ? parent[index + 1] : null;
        foreach (var (kind, marker) in Markers)
        {
            if (text.StartsWith(marker, StringComparison.Ordinal) && text.Length > marker.Length && char.IsWhiteSpace(text[marker.Length])
                && HasText(paragraph, text[marker.Length..]) && Captions(kind, next))
            {
                return (kind, marker.Length);
            }
        }

        return null;
    }

    private static readonly (CaptionKind Kind, string Marker)[] Markers = [(CaptionKind.Table, "Table:"), (CaptionKind.Figure, "Figure:")];

    /// <summary>A caption says something after its marker, in the first literal or in what follows it.</summary>
    private static bool HasText(ParagraphBlock paragraph, string rest) =>
        !string.IsNullOrWhiteSpace(rest) || paragraph.Inline!.FirstChild!.NextSibling is not null;

    private static bool Captions(CaptionKind kind, Block? next) => kind switch
    {
        CaptionKind.Table => next is Table,
        _ => next is FencedCodeBlock
            || next is CustomContainer { Info: not ("verify" or "info" or "toc") }
            || (next is ParagraphBlock { Inline: { } inline } && inline.Any(i => i is LinkInline { IsImage: true })
                && inline.All(i => i is LinkInline { IsImage: true } || i is LineBreakInline || (i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()))),
    };
}

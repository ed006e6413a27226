using System.Globalization;
using DossierGen.Word.Bookmarks;
using DossierGen.Word.Xml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DossierGen.Word.Captions;

/// <summary>
/// Writes a caption as Word's Insert Caption would: "Table 3.2.S.2.6-1. Text" in the Caption
/// style, the number a SEQ field (so Word renumbers when tables are moved) whose shown result is
/// already right, the whole caption bookmarked, and kept on the page of what it captions. The
/// prefix is the document's CTD section number; a document without one (the assessment memo)
/// numbers plainly: "Table 1". Japanese documents write 表 and 図 the Japanese way: "表1-2　Text".
/// </summary>
internal static class CaptionWriter
{
    public static void Write(WordRenderer renderer, ParagraphBlock paragraph, CaptionKind kind, int markerLength)
    {
        var number = renderer.Captions.Next(kind);
        var prefix = renderer.Info?.SectionNumber;
        var japanese = renderer.Info?.Language.StartsWith("ja", StringComparison.Ordinal) == true;
        var caption = renderer.OpenParagraph(StyleIds.Caption);
        ParagraphProperties.Add(caption, new WordElement("w:keepNext"));
        var label = (kind, japanese) switch
        {
            (CaptionKind.Table, true) => "表",
            (CaptionKind.Figure, true) => "図",
            (CaptionKind.Table, false) => "Table ",
            _ => "Figure ",
        };
        renderer.WriteText(prefix is null ? label : label + prefix + "-");
        caption.AddRange(RunFactory.Field($"SEQ {kind} \\* ARABIC", number.ToString(CultureInfo.InvariantCulture)));
        renderer.WriteText(japanese ? "\u3000" : ". ");

        // The caption's own words: the first literal without its marker, then every other inline as written.
        var first = (LiteralInline)paragraph.Inline!.FirstChild!;
        renderer.WriteText(first.Content.ToString()[markerLength..].TrimStart());
        for (var inline = first.NextSibling; inline is not null; inline = inline.NextSibling)
        {
            // A caption written on the line right above its table ends with that line's break.
            if (inline is not LineBreakInline || inline.NextSibling is not null)
            {
                renderer.Write(inline);
            }
        }

        renderer.Bookmarks.Wrap(caption, BookmarkNames.ForCaption(kind == CaptionKind.Table ? "tbl" : "fig", prefix, number));
    }
}

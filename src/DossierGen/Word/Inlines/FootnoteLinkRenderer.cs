using System.Globalization;
using DossierGen.Word.Xml;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace DossierGen.Word.Inlines;

/// <summary>
/// A footnote reference becomes a real Word footnote (footnotes part, numbered by Word at page
/// bottoms). Markdig's back-links inside the definition are HTML navigation and are dropped.
/// </summary>
public sealed class FootnoteLinkRenderer : WordObjectRenderer<FootnoteLink>
{
    protected override void Write(WordRenderer renderer, FootnoteLink obj)
    {
        // Word has no footnotes inside footnotes, and a footnote citing itself would never end:
        // a reference inside a footnote is left out (templates write none; user text has them
        // turned into text beforehand, see UserMarkdown).
        if (obj.IsBackLink || renderer.InFootnote)
        {
            return;
        }

        var id = (renderer.Content.Footnotes.Count + 1).ToString(CultureInfo.InvariantCulture);
        var footnote = new WordElement("w:footnote").With("w:id", id);
        renderer.Content.Footnotes.Add(footnote);
        var (outerStyle, outerList, outerStarted) = (renderer.ParagraphStyle, renderer.ListContext, renderer.ListItemStarted);
        renderer.ParagraphStyle = StyleIds.FootnoteText;
        renderer.ListContext = null;
        renderer.InFootnote = true;
        renderer.WithRunStyle(RunFormat.Plain, () => renderer.WriteInto(footnote, () =>
        {
            foreach (var block in obj.Footnote.OfType<Block>())
            {
                renderer.Write(block);
            }
        }));
        (renderer.ParagraphStyle, renderer.ListContext, renderer.ListItemStarted, renderer.InFootnote) = (outerStyle, outerList, outerStarted, false);

        if (footnote.Child(Wml.Paragraph) is not { } first)
        {
            first = Wml.StyledParagraph(StyleIds.FootnoteText);
            footnote.Add(first);
        }

        // The mark and a space open the footnote's first paragraph, right after its properties.
        first.Insert(1, RunFactory.Holding(new WordElement("w:footnoteRef"), StyleIds.FootnoteReference));
        first.Insert(2, RunFactory.Holding(new WordElement(Wml.Text, " ").With("xml:space", "preserve")));
        renderer.Append(RunFactory.Holding(new WordElement("w:footnoteReference").With("w:id", id), StyleIds.FootnoteReference));
    }
}

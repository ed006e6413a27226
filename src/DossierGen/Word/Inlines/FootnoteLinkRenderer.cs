using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Footnote = DocumentFormat.OpenXml.Wordprocessing.Footnote;

namespace DossierGen.Word.Inlines;

/// <summary>
/// A footnote reference becomes a real Word footnote (footnotes part, numbered by Word at page
/// bottoms). Markdig's back-links inside the definition are HTML navigation and are dropped.
/// </summary>
public sealed class FootnoteLinkRenderer : WordObjectRenderer<FootnoteLink>
{
    protected override void Write(WordRenderer renderer, FootnoteLink obj)
    {
        if (obj.IsBackLink)
        {
            return;
        }

        var id = renderer.Content.Footnotes.Count + 1;
        var footnote = new Footnote { Id = id };
        renderer.Content.Footnotes.Add(footnote);
        var (outerStyle, outerList, outerStarted) = (renderer.ParagraphStyle, renderer.ListContext, renderer.ListItemStarted);
        renderer.ParagraphStyle = StyleIds.FootnoteText;
        renderer.ListContext = null;
        renderer.WithRunStyle(RunFormat.Plain, () => renderer.WriteInto(footnote, () =>
        {
            foreach (var block in obj.Footnote.OfType<Block>())
            {
                renderer.Write(block);
            }
        }));
        (renderer.ParagraphStyle, renderer.ListContext, renderer.ListItemStarted) = (outerStyle, outerList, outerStarted);

        if (footnote.GetFirstChild<Paragraph>() is not { } first)
        {
            first = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.FootnoteText }));
            footnote.Append(first);
        }

        first.InsertAfter(new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReferenceMark()), first.ParagraphProperties);
        first.InsertAfter(new Run(new Text(" ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }), first.Elements<Run>().First());
        renderer.Append(new Run(new RunProperties(new RunStyle { Val = StyleIds.FootnoteReference }), new FootnoteReference { Id = id }));
    }
}

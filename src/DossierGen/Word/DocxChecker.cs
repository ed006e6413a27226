using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Word;

/// <summary>
/// Checks a .docx the way Word will: the SDK's schema validator, plus what it misses and Word
/// rejects or mis-renders: a table cell without a paragraph, two tables with nothing between them
/// (Word joins them), a cell or footnote ending with a table, a footnote reference inside a
/// footnote, an undefined numbering instance or style, an unbalanced complex field, a footnote
/// reference without its footnote (or the reverse), a hyperlink whose relationship is missing from
/// its own part, a bookmark Word would refuse (a name over 40 characters or of other characters
/// than letters, digits and underscores, a name used twice, a start without its end) and a link
/// within the document to a bookmark it lacks; and its charts (<see cref="Charts.ChartChecks"/>).
/// </summary>
public static class DocxChecker
{
    public static IReadOnlyList<string> Check(byte[] docx)
    {
        ArgumentNullException.ThrowIfNull(docx);
        using var stream = new MemoryStream(docx, writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var problems = new OpenXmlValidator(FileFormatVersions.Office2019)
            .Validate(document)
            .Select(e => $"schema: {e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var stories = new List<OpenXmlElement> { body };
        stories.AddRange(main.HeaderParts.Select(h => (OpenXmlElement)h.Header!));
        stories.AddRange(main.FooterParts.Select(f => (OpenXmlElement)f.Footer!));
        var footnotes = main.FootnotesPart?.Footnotes?.Elements<Footnote>().ToList() ?? [];
        stories.AddRange(footnotes);

        problems.AddRange(body.Descendants<TableCell>().Where(c => !c.Elements<Paragraph>().Any()).Select(_ => "a table cell has no paragraph"));
        problems.AddRange(stories.SelectMany(s => s.Descendants<Table>()).Where(t => t.NextSibling() is Table).Select(_ => "two tables follow each other with no paragraph between (Word joins them)"));
        problems.AddRange(stories.SelectMany(s => s.Descendants<TableCell>()).Cast<OpenXmlElement>().Concat(footnotes).Where(c => c.LastChild is Table).Select(_ => "a table cell or footnote ends with a table instead of a paragraph"));
        problems.AddRange(footnotes.SelectMany(f => f.Descendants<FootnoteReference>()).Select(r => $"footnote reference {r.Id} is inside a footnote (Word has no footnotes in footnotes)"));

        var numbers = main.NumberingDefinitionsPart?.Numbering?.Elements<NumberingInstance>().Select(n => n.NumberID?.Value).ToHashSet() ?? [];
        problems.AddRange(body.Descendants<NumberingId>().Where(n => n.Val?.Value is int id && id != 0 && !numbers.Contains(id)).Select(n => $"numbering instance {n.Val} is not defined"));

        var styles = main.StyleDefinitionsPart?.Styles?.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal) ?? [];
        var used = stories.SelectMany(s => s.Descendants<ParagraphStyleId>().Select(p => p.Val?.Value)
            .Concat(s.Descendants<RunStyle>().Select(r => r.Val?.Value))
            .Concat(s.Descendants<TableStyle>().Select(t => t.Val?.Value)));
        problems.AddRange(used.OfType<string>().Distinct().Where(id => !styles.Contains(id)).Select(id => $"style '{id}' is not defined"));

        foreach (var story in stories)
        {
            var depth = 0;
            foreach (var fieldChar in story.Descendants<FieldChar>())
            {
                depth += fieldChar.FieldCharType?.Value == FieldCharValues.Begin ? 1 : fieldChar.FieldCharType?.Value == FieldCharValues.End ? -1 : 0;
                if (depth < 0)
                {
                    problems.Add("a field ends before it begins");
                    depth = 0;
                }
            }

            if (depth != 0)
            {
                problems.Add("a field is not closed");
            }
        }

        var linkedParts = new List<(OpenXmlPart? Part, OpenXmlElement? Root)> { (main, body), (main.FootnotesPart, main.FootnotesPart?.Footnotes) };
        linkedParts.AddRange(main.HeaderParts.Select(h => ((OpenXmlPart?)h, (OpenXmlElement?)h.Header)));
        linkedParts.AddRange(main.FooterParts.Select(f => ((OpenXmlPart?)f, (OpenXmlElement?)f.Footer)));
        foreach (var (part, root) in linkedParts)
        {
            if (part is null || root is null)
            {
                continue;
            }

            var targets = part.HyperlinkRelationships.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(root.Descendants<Hyperlink>()
                .Where(h => h.Id?.Value is { } id && !targets.Contains(id))
                .Select(h => $"hyperlink {h.Id} in {part.Uri} has no relationship in that part"));
        }

        problems.AddRange(BookmarkProblems(stories));
        problems.AddRange(Charts.ChartChecks.Problems(main));

        var defined = footnotes.Where(f => f.Id?.Value > 0).Select(f => f.Id!.Value).ToHashSet();
        var referenced = body.Descendants<FootnoteReference>().Select(r => r.Id?.Value ?? 0).ToList();
        problems.AddRange(referenced.Where(id => !defined.Contains(id)).Select(id => $"footnote reference {id} has no footnote"));
        problems.AddRange(defined.Where(id => !referenced.Contains(id)).Select(id => $"footnote {id} is never referenced"));
        return problems;
    }

    private static IEnumerable<string> BookmarkProblems(IReadOnlyList<OpenXmlElement> stories)
    {
        var starts = stories.SelectMany(s => s.Descendants<BookmarkStart>()).ToList();
        var ends = stories.SelectMany(s => s.Descendants<BookmarkEnd>()).Select(e => e.Id?.Value).ToHashSet(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in starts)
        {
            var name = start.Name?.Value ?? "";
            if (!Bookmarks.BookmarkNames.IsValid(name))
            {
                yield return $"bookmark '{name}' is not a name Word accepts (at most 40 letters, digits or underscores)";
            }

            if (!names.Add(name))
            {
                yield return $"bookmark '{name}' is defined twice";
            }

            if (!ends.Contains(start.Id?.Value))
            {
                yield return $"bookmark '{name}' has no end";
            }
        }

        foreach (var anchor in stories.SelectMany(s => s.Descendants<Hyperlink>()).Where(h => h.Id is null && h.Anchor?.Value is not null).Select(h => h.Anchor!.Value!))
        {
            if (!names.Contains(anchor))
            {
                yield return $"a link within the document points at bookmark '{anchor}', which it lacks";
            }
        }
    }
}

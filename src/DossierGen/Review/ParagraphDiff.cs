using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Review;

/// <summary>Word-level tracked changes inside one paragraph: equal words kept, removed words in w:del, added words in w:ins.</summary>
internal static partial class ParagraphDiff
{
    private sealed record Token(string Key, RunProperties? Properties, Run? Special);

    /// <summary>True when the paragraph holds a field, which is kept whole rather than diffed word by word.</summary>
    public static bool HasField(Paragraph paragraph) => paragraph.Descendants<FieldChar>().Any() || paragraph.Descendants<SimpleField>().Any();

    /// <returns>The revised paragraph and the changed words (for finding causes), or null when nothing changed.</returns>
    public static (Paragraph Paragraph, string Changed)? Revise(Paragraph before, Paragraph after, RevisionMarks marks, AlignmentBudget budget)
    {
        var old = Tokens(before);
        var @new = Tokens(after);
        var steps = Alignment.Align(old, @new, t => t.Key, budget);
        if (steps.TrueForAll(s => s.Edit == Alignment.Edit.Same))
        {
            return null;
        }

        var paragraph = new Paragraph();
        if (after.ParagraphProperties is { } properties)
        {
            paragraph.Append(properties.CloneNode(true));
        }

        var changed = new System.Text.StringBuilder();
        foreach (var (kept, removed, added) in Hunks(steps, old, @new))
        {
            paragraph.Append(kept.Select(Run));
            if (removed.Count > 0)
            {
                paragraph.Append(marks.Deleted(removed.Select(DeletedRun)));
                changed.Append(' ').AppendJoin("", removed.Select(t => t.Key));
            }

            if (added.Count > 0)
            {
                paragraph.Append(marks.Inserted(added.Select(Run)));
                changed.Append(' ').AppendJoin("", added.Select(t => t.Key));
            }
        }

        return (paragraph, changed.ToString());
    }

    /// <summary>
    /// The alignment as hunks: words kept, then words removed and words added. A space kept between
    /// two changes joins them into one hunk, so "has not yet" to "was inspected" reads as one
    /// deletion and one insertion instead of alternating single words.
    /// </summary>
    private static List<(List<Token> Kept, List<Token> Removed, List<Token> Added)> Hunks(List<(Alignment.Edit Edit, int Before, int After)> steps, List<Token> old, List<Token> @new)
    {
        var hunks = new List<(List<Token> Kept, List<Token> Removed, List<Token> Added)>();
        var i = 0;
        while (i < steps.Count)
        {
            var kept = new List<Token>();
            while (i < steps.Count && steps[i].Edit == Alignment.Edit.Same)
            {
                kept.Add(@new[steps[i++].After]);
            }

            var (removed, added) = (new List<Token>(), new List<Token>());
            while (i < steps.Count)
            {
                if (steps[i].Edit == Alignment.Edit.Deleted)
                {
                    removed.Add(old[steps[i++].Before]);
                    continue;
                }

                if (steps[i].Edit == Alignment.Edit.Inserted)
                {
                    added.Add(@new[steps[i++].After]);
                    continue;
                }

                // A kept space followed by another change belongs to this hunk; anything else ends it.
                if (string.IsNullOrWhiteSpace(@new[steps[i].After].Key) && i + 1 < steps.Count && steps[i + 1].Edit != Alignment.Edit.Same)
                {
                    removed.Add(old[steps[i].Before]);
                    added.Add(@new[steps[i++].After]);
                    continue;
                }

                break;
            }

            hunks.Add((kept, removed, added));
        }

        return hunks;
    }

    /// <summary>
    /// Records a change of paragraph formatting (style, list membership, alignment) as w:pPrChange
    /// holding the old properties, so rejecting it restores the old look.
    /// </summary>
    /// <returns>True when the formatting changed.</returns>
    public static bool TrackFormatting(Paragraph revised, Paragraph before, RevisionMarks marks, NumberingMap numbering)
    {
        var old = Formatting(before.ParagraphProperties);
        var @new = Formatting(revised.ParagraphProperties);
        if (old.OuterXml == @new.OuterXml)
        {
            return false;
        }

        if (old.GetFirstChild<NumberingProperties>()?.NumberingId is { Val.Value: var oldId } numberingId && oldId != 0)
        {
            if (numbering.Map(oldId) is { } newId)
            {
                numberingId.Val = newId;
            }
            else
            {
                old.GetFirstChild<NumberingProperties>()!.Remove();
            }
        }

        var properties = revised.ParagraphProperties ?? revised.PrependChild(new ParagraphProperties());
        properties.Append(marks.PropertiesChange(new ParagraphPropertiesExtended(old.ChildElements.Select(e => e.CloneNode(true)))));
        return true;
    }

    /// <summary>The paragraph's own formatting: its properties without the paragraph mark's run properties, section or earlier change.</summary>
    private static ParagraphProperties Formatting(ParagraphProperties? properties) =>
        new((properties?.ChildElements ?? Enumerable.Empty<OpenXmlElement>())
            .Where(e => e is not ParagraphMarkRunProperties and not SectionProperties and not ParagraphPropertiesChange)
            .Select(e => e.CloneNode(true)));

    /// <summary>A whole paragraph marked inserted (content and paragraph mark), its runs, fields and footnote references kept as they are.</summary>
    public static Paragraph Inserted(Paragraph paragraph, RevisionMarks marks)
    {
        var result = (Paragraph)paragraph.CloneNode(true);
        result.ParagraphProperties?.Remove();
        result.PrependChild(MarkProperties(paragraph, marks.InsertedMark()));
        foreach (var run in result.Descendants<Run>().ToList())
        {
            run.InsertBeforeSelf(marks.Inserted([]));
            var wrapper = (InsertedRun)run.PreviousSibling()!;
            run.Remove();
            wrapper.Append(run);
        }

        return result;
    }

    /// <summary>
    /// A whole paragraph of the old document marked deleted. Its list numbering is moved to an
    /// instance of the new document (<see cref="NumberingMap"/>) and footnote references become
    /// deleted "[^n]" text (the old footnotes do not exist in the new document). Its bookmarks (a
    /// heading's or caption's) are dropped: their ids and names are the old document's and can
    /// clash with the new one's, and nothing should link to deleted text.
    /// </summary>
    public static Paragraph Deleted(Paragraph paragraph, RevisionMarks marks, NumberingMap numbering)
    {
        var result = (Paragraph)paragraph.CloneNode(true);
        foreach (var bookmark in result.Descendants().Where(e => e is BookmarkStart or BookmarkEnd).ToList())
        {
            bookmark.Remove();
        }

        result.ParagraphProperties?.Remove();
        result.PrependChild(MarkProperties(paragraph, marks.DeletedMark()));
        if (result.ParagraphProperties!.NumberingProperties?.NumberingId is { Val.Value: var oldId } numberingId && oldId != 0)
        {
            if (numbering.Map(oldId) is { } newId)
            {
                numberingId.Val = newId;
            }
            else
            {
                result.ParagraphProperties.NumberingProperties.Remove();
            }
        }
        foreach (var run in result.Descendants<Run>().ToList())
        {
            foreach (var child in run.ChildElements.ToList())
            {
                OpenXmlElement? replacement = child switch
                {
                    Text text => new DeletedText(text.Text) { Space = SpaceProcessingModeValues.Preserve },
                    FieldCode code => new DeletedFieldCode(code.Text) { Space = SpaceProcessingModeValues.Preserve },
                    FootnoteReference reference => new DeletedText($"[^{reference.Id?.Value}]") { Space = SpaceProcessingModeValues.Preserve },
                    _ => null,
                };
                if (replacement is not null)
                {
                    child.InsertBeforeSelf(replacement);
                    child.Remove();
                }
            }

            run.InsertBeforeSelf(marks.Deleted([]));
            var wrapper = (DeletedRun)run.PreviousSibling()!;
            run.Remove();
            wrapper.Append(run);
        }

        return result;
    }

    public static string Text(Paragraph paragraph) => string.Concat(Tokens(paragraph).Select(t => t.Key));

    private static ParagraphProperties MarkProperties(Paragraph paragraph, OpenXmlElement mark)
    {
        var properties = (ParagraphProperties?)paragraph.ParagraphProperties?.CloneNode(true) ?? new ParagraphProperties();
        properties.RemoveAllChildren<ParagraphMarkRunProperties>();
        properties.Append(new ParagraphMarkRunProperties(mark));
        return properties;
    }

    private static List<Token> Tokens(Paragraph paragraph)
    {
        var tokens = new List<Token>();
        foreach (var run in paragraph.Descendants<Run>())
        {
            var properties = run.RunProperties;
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case Text text:
                        tokens.AddRange(Words().Matches(text.Text).Select(m => new Token(m.Value, properties, null)));
                        break;
                    case DeletedText:
                        break;
                    case FootnoteReference reference:
                        tokens.Add(new Token($"[^{reference.Id?.Value}]", properties, run));
                        break;
                    case TabChar:
                        tokens.Add(new Token("\t", properties, run));
                        break;
                    case Break:
                        tokens.Add(new Token("\n", properties, run));
                        break;
                    default:
                        break;
                }
            }
        }

        return tokens;
    }

    private static Run Run(Token token)
    {
        if (token.Special is { } special)
        {
            return (Run)special.CloneNode(true);
        }

        var run = new Run();
        if (token.Properties is { } properties)
        {
            run.Append(properties.CloneNode(true));
        }

        run.Append(new Text(token.Key) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Run DeletedRun(Token token)
    {
        var run = new Run();
        if (token.Properties is { } properties)
        {
            run.Append(properties.CloneNode(true));
        }

        run.Append(token.Key switch
        {
            "\t" => new TabChar(),
            "\n" => new Break(),
            _ => new DeletedText(token.Key) { Space = SpaceProcessingModeValues.Preserve },
        });
        return run;
    }

    [GeneratedRegex(@"\s+|[^\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}

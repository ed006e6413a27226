using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.CustomProperties;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierGen.Review.Reading;

namespace DossierGen.Review;

/// <summary>
/// A Word document with native tracked changes from OLD to NEW: blocks aligned by their text,
/// changed paragraphs and table cells diffed word by word, whole paragraphs and table rows marked
/// inserted or deleted. Accepting every change gives NEW's text, rejecting every change OLD's.
/// When both come from DossierGen, each revised block carries a comment naming its cause: the
/// input field, rule or template that changed. Styles, numbering, footnotes, headers and the
/// document date are NEW's.
/// </summary>
public static class Redliner
{
    public const string Author = "DossierGen";

    /// <summary>The redline of bytes that should be Word documents (DossierGen's own output, in tests).</summary>
    /// <exception cref="InvalidDataException">Either cannot be read as a Word document.</exception>
    public static RedlineResult Redline(byte[] oldDocx, byte[] newDocx) => Redline(CheckedDocx.Of(oldDocx), CheckedDocx.Of(newDocx));

    /// <exception cref="InvalidDataException">The Open XML SDK refuses a part the package check let through.</exception>
    public static RedlineResult Redline(CheckedDocx oldDocx, CheckedDocx newDocx) => Redline(oldDocx, newDocx, null, null);

    /// <summary>The redline with its causes from the given provenance (a dossier's manifest); either null is read from that document's own custom properties.</summary>
    /// <exception cref="InvalidDataException">The Open XML SDK refuses a part the package check let through.</exception>
    public static RedlineResult Redline(CheckedDocx oldDocx, CheckedDocx newDocx, IReadOnlyDictionary<string, string>? oldProvenance, IReadOnlyDictionary<string, string>? newProvenance)
    {
        ArgumentNullException.ThrowIfNull(oldDocx);
        ArgumentNullException.ThrowIfNull(newDocx);
        using var oldStream = oldDocx.Stream();
        using var oldDocument = CheckedDocx.Open(oldStream);
        using var output = newDocx.Copy();
        int revisions, commented;
        using (var document = CheckedDocx.Open(output))
        {
            var date = document.PackageProperties.Modified ?? document.PackageProperties.Created ?? new DateTime(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            var marks = new RevisionMarks(Author, DateTime.SpecifyKind(date, DateTimeKind.Utc));
            var causes = CauseFinder.Compare(oldProvenance ?? Properties(oldDocument), newProvenance ?? Properties(document));
            var comments = new CommentBook(marks);
            var context = new RevisionContext(marks, new CauseIndex(causes), comments, new NumberingMap(oldDocument.MainDocumentPart!, document.MainDocumentPart!), new AlignmentBudget());
            var body = document.MainDocumentPart!.Document!.Body!;
            var oldBlocks = Blocks(oldDocument.MainDocumentPart!.Document!.Body!);
            var newBlocks = Blocks(body);
            var section = body.Elements<SectionProperties>().LastOrDefault()?.CloneNode(true);
            body.RemoveAllChildren();
            foreach (var block in ReviseBlocks(oldBlocks, newBlocks, context))
            {
                body.Append(block);
            }

            if (section is not null)
            {
                body.Append(section);
            }

            StyleCarrier.CarryOver(oldDocument.MainDocumentPart!, document.MainDocumentPart!, body, context.Numbering);
            comments.WriteTo(document.MainDocumentPart!);
            revisions = marks.Count;
            commented = comments.Count;
        }

        return new RedlineResult(Normalize(output.ToArray()), revisions, commented);
    }

    private static List<OpenXmlElement> Blocks(Body body) =>
        [.. body.ChildElements.Where(e => e is Paragraph or Table).Select(e => e.CloneNode(true))];

    private static string Key(OpenXmlElement block) => block switch
    {
        Paragraph p => "p|" + p.ParagraphProperties?.ParagraphStyleId?.Val?.Value + "|" + p.ParagraphProperties?.NumberingProperties?.NumberingLevelReference?.Val?.Value + "|" + ParagraphDiff.Text(p),
        Table t => "t|" + string.Join("\n", t.Elements<TableRow>().Select(RowKey)),
        _ => "",
    };

    private static string RowKey(TableRow row) => string.Join("\u0001", row.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(ParagraphDiff.Text))));

    private static IEnumerable<OpenXmlElement> ReviseBlocks(List<OpenXmlElement> before, List<OpenXmlElement> after, RevisionContext context)
    {
        foreach (var (removed, added, kept) in Alignment.Hunks(before, after, Key, context.Budget))
        {
            foreach (var block in Pair(removed, added, context))
            {
                yield return block;
            }

            if (kept is not null)
            {
                yield return kept;
            }
        }
    }

    /// <summary>Within a run of unmatched blocks, pairs blocks of the same type in order (changed) and marks the rest deleted or inserted.</summary>
    private static List<OpenXmlElement> Pair(List<OpenXmlElement> deleted, List<OpenXmlElement> inserted, RevisionContext context)
    {
        var count = Math.Min(deleted.Count, inserted.Count);
        var results = new List<OpenXmlElement>();
        for (var i = 0; i < count; i++)
        {
            results.AddRange(Revise(deleted[i], inserted[i], context));
        }

        foreach (var block in deleted.Skip(count))
        {
            results.Add(Whole(block, context, isDeleted: true));
        }

        foreach (var block in inserted.Skip(count))
        {
            results.Add(Whole(block, context, isDeleted: false));
        }

        return results;
    }

    private static IEnumerable<OpenXmlElement> Revise(OpenXmlElement before, OpenXmlElement after, RevisionContext context)
    {
        if (before is Paragraph oldParagraph && after is Paragraph newParagraph && !ParagraphDiff.HasField(oldParagraph) && !ParagraphDiff.HasField(newParagraph))
        {
            var revised = ParagraphDiff.Revise(oldParagraph, newParagraph, context.Marks, context.Budget);
            var paragraph = revised?.Paragraph ?? (Paragraph)newParagraph.CloneNode(true);
            var reformatted = ParagraphDiff.TrackFormatting(paragraph, oldParagraph, context.Marks, context.Numbering);
            if (revised is not null || reformatted)
            {
                context.Comments.Attach(paragraph, context.Causes.Explain(revised?.Changed ?? "", CommentBook.MaxNamed + 1));
            }

            return [paragraph];
        }

        if (before is Table oldTable && after is Table newTable && Columns(oldTable) == Columns(newTable))
        {
            return [ReviseTable(oldTable, newTable, context)];
        }

        return [Whole(before, context, isDeleted: true), Whole(after, context, isDeleted: false)];
    }

    private static int Columns(Table table) => table.GetFirstChild<TableGrid>()?.Elements<GridColumn>().Count() ?? 0;

    private static Table ReviseTable(Table before, Table after, RevisionContext context)
    {
        var table = new Table(after.ChildElements.Where(e => e is not TableRow).Select(e => e.CloneNode(true)));
        var oldRows = before.Elements<TableRow>().ToList();
        var newRows = after.Elements<TableRow>().ToList();
        foreach (var (removed, added, kept) in Alignment.Hunks(oldRows, newRows, RowKey, context.Budget))
        {
            var count = Math.Min(removed.Count, added.Count);
            for (var i = 0; i < count; i++)
            {
                table.Append(ReviseRow(removed[i], added[i], context));
            }

            table.Append(removed.Skip(count).Select(r => WholeRow(r, context, isDeleted: true)));
            table.Append(added.Skip(count).Select(r => WholeRow(r, context, isDeleted: false)));
            if (kept is not null)
            {
                table.Append(kept.CloneNode(true));
            }
        }

        return table;
    }

    private static List<TableRow> ReviseRow(TableRow before, TableRow after, RevisionContext context)
    {
        var oldCells = before.Elements<TableCell>().ToList();
        var newCells = after.Elements<TableCell>().ToList();
        if (oldCells.Count != newCells.Count)
        {
            // Cells cannot be paired, so the row is replaced: the old one deleted, the new one inserted.
            return [WholeRow(before, context, isDeleted: true), WholeRow(after, context, isDeleted: false)];
        }

        var row = (TableRow)after.CloneNode(true);
        var cells = row.Elements<TableCell>().ToList();
        for (var i = 0; i < cells.Count; i++)
        {
            var oldParagraphs = oldCells[i].Elements<Paragraph>().Select(p => (OpenXmlElement)p.CloneNode(true)).ToList();
            var newParagraphs = newCells[i].Elements<Paragraph>().Select(p => (OpenXmlElement)p.CloneNode(true)).ToList();
            var revised = ReviseBlocks(oldParagraphs, newParagraphs, context).ToList();
            cells[i].RemoveAllChildren<Paragraph>();
            cells[i].Append(revised);
        }

        return [row];
    }

    private static OpenXmlElement Whole(OpenXmlElement block, RevisionContext context, bool isDeleted)
    {
        if (block is Table table)
        {
            var result = new Table(table.ChildElements.Where(e => e is not TableRow).Select(e => e.CloneNode(true)));
            result.Append(table.Elements<TableRow>().Select(r => WholeRow(r, context, isDeleted)));
            return result;
        }

        var paragraph = (Paragraph)block;
        var marked = isDeleted ? ParagraphDiff.Deleted(paragraph, context.Marks, context.Numbering) : ParagraphDiff.Inserted(paragraph, context.Marks);
        if (ParagraphDiff.Text(paragraph).Trim().Length > 0)
        {
            context.Comments.Attach(marked, context.Causes.Explain(ParagraphDiff.Text(paragraph), CommentBook.MaxNamed + 1));
        }

        return marked;
    }

    private static TableRow WholeRow(TableRow row, RevisionContext context, bool isDeleted)
    {
        var result = new TableRow();
        var properties = (TableRowProperties?)row.TableRowProperties?.CloneNode(true) ?? new TableRowProperties();
        properties.Append(isDeleted ? context.Marks.DeletedMark() : context.Marks.InsertedMark());
        result.Append(properties);
        var first = true;
        foreach (var cell in row.Elements<TableCell>())
        {
            var copy = new TableCell(cell.ChildElements.Where(e => e is not Paragraph).Select(e => e.CloneNode(true)));
            foreach (var paragraph in cell.Elements<Paragraph>())
            {
                var marked = isDeleted ? ParagraphDiff.Deleted(paragraph, context.Marks, context.Numbering) : ParagraphDiff.Inserted(paragraph, context.Marks);
                if (first)
                {
                    context.Comments.Attach(marked, context.Causes.Explain(RowKey(row), CommentBook.MaxNamed + 1));
                    first = false;
                }

                copy.Append(marked);
            }

            result.Append(copy);
        }

        return result;
    }

    /// <summary>The custom properties by name; where a name repeats (no DossierGen document does that), the first counts.</summary>
    internal static Dictionary<string, string> Properties(WordprocessingDocument document)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.CustomFilePropertiesPart?.Properties?.Elements<CustomDocumentProperty>() ?? [])
        {
            if (property.Name?.Value is { } name)
            {
                properties.TryAdd(name, property.InnerText);
            }
        }

        return properties;
    }

    /// <summary>The SDK stamps zip entries with the clock; rewrite them in a fixed order with fixed times.</summary>
    private static byte[] Normalize(byte[] docx)
    {
        using var source = new System.IO.Compression.ZipArchive(new MemoryStream(docx), System.IO.Compression.ZipArchiveMode.Read);
        using var result = new MemoryStream();
        using (var zip = new Word.DeterministicZip(result))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? "" : e.FullName, StringComparer.Ordinal))
            {
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                zip.Add(entry.FullName, copy.ToArray());
            }
        }

        return result.ToArray();
    }

    internal static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

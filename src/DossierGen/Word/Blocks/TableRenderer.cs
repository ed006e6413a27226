using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Extensions.Tables;
using MdCell = Markdig.Extensions.Tables.TableCell;
using MdRow = Markdig.Extensions.Tables.TableRow;
using MdTable = Markdig.Extensions.Tables.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using WordTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace DossierGen.Word.Blocks;

/// <summary>
/// Pipe tables become tables in the reference document's table style, full text width, with column
/// widths from the separator row's dashes, a header row that repeats on every page, and a
/// paragraph in every cell (Word rejects an empty cell).
/// </summary>
public sealed class TableRenderer : WordObjectRenderer<MdTable>
{
    /// <summary>The text width of an A4 page with 2.5 cm margins, in twentieths of a point.</summary>
    private const int TextWidth = 9070;

    protected override void Write(WordRenderer renderer, MdTable obj)
    {
        var columns = Math.Max(obj.ColumnDefinitions.Count, obj.OfType<MdRow>().Select(r => r.Count).DefaultIfEmpty(1).Max());
        var widths = Widths(obj, columns);
        var table = new WordTable(
            new TableProperties(
                new TableStyle { Val = StyleIds.Table },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var (outerStyle, outerList) = (renderer.ParagraphStyle, renderer.ListContext);
        renderer.ParagraphStyle = StyleIds.Compact;
        renderer.ListContext = null;
        foreach (var row in obj.OfType<MdRow>())
        {
            var wordRow = new TableRow();
            if (row.IsHeader)
            {
                wordRow.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
            }

            for (var i = 0; i < columns; i++)
            {
                // Widths come from the grid (fixed layout), so cells carry no width of their own.
                var cell = new TableCell();
                if (i < row.Count)
                {
                    renderer.WriteInto(cell, () => renderer.WriteChildren((MdCell)row[i]));
                }

                if (!cell.Elements<Paragraph>().Any())
                {
                    cell.Append(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Compact })));
                }

                Align(cell, obj.ColumnDefinitions.ElementAtOrDefault(i)?.Alignment);
                wordRow.Append(cell);
            }

            table.Append(wordRow);
        }

        (renderer.ParagraphStyle, renderer.ListContext) = (outerStyle, outerList);
        renderer.Container.Append(table);
    }

    private static int[] Widths(MdTable table, int columns)
    {
        var given = Enumerable.Range(0, columns).Select(i => table.ColumnDefinitions.ElementAtOrDefault(i)?.Width ?? 0f).ToArray();
        var total = given.Sum();
        return total <= 0
            ? [.. Enumerable.Repeat(TextWidth / columns, columns)]
            : [.. given.Select(w => (int)Math.Round(TextWidth * (w <= 0 ? total / columns : w) / total))];
    }

    private static void Align(TableCell cell, TableColumnAlign? alignment)
    {
        var justification = alignment switch
        {
            TableColumnAlign.Center => JustificationValues.Center,
            TableColumnAlign.Right => JustificationValues.Right,
            _ => (JustificationValues?)null,
        };
        if (justification is null)
        {
            return;
        }

        foreach (var paragraph in cell.Elements<Paragraph>())
        {
            paragraph.ParagraphProperties ??= new ParagraphProperties();
            paragraph.ParagraphProperties.Append(new Justification { Val = justification.Value });
        }
    }
}

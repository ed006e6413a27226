using System.Globalization;
using DossierGen.Word.Xml;
using Markdig.Extensions.Tables;
using MdCell = Markdig.Extensions.Tables.TableCell;
using MdRow = Markdig.Extensions.Tables.TableRow;
using MdTable = Markdig.Extensions.Tables.Table;

namespace DossierGen.Word.Blocks;

/// <summary>
/// Pipe tables become tables in the reference document's table style, the page's full text width,
/// with column widths from the separator row's dashes, a header row that repeats on every page,
/// rows that do not break across pages, and a paragraph in every cell (Word rejects an empty cell).
/// </summary>
public sealed class TableRenderer : WordObjectRenderer<MdTable>
{
    protected override void Write(WordRenderer renderer, MdTable obj)
    {
        var columns = Math.Max(obj.ColumnDefinitions.Count, obj.OfType<MdRow>().Select(r => r.Count).DefaultIfEmpty(1).Max());
        var widths = Widths(obj, columns, renderer.TextWidth);
        var table = new WordElement(Wml.Table).Add(
            new WordElement("w:tblPr").Add(
                Wml.Valued("w:tblStyle", StyleIds.Table),
                new WordElement("w:tblW").With("w:w", "5000").With("w:type", "pct"),
                new WordElement("w:tblLayout").With("w:type", "fixed"),
                new WordElement("w:tblLook").With("w:val", "04A0").With("w:firstRow", "true").With("w:lastRow", "false")
                    .With("w:firstColumn", "false").With("w:lastColumn", "false").With("w:noHBand", "true").With("w:noVBand", "true")),
            new WordElement("w:tblGrid").AddRange(widths.Select(w => new WordElement("w:gridCol").With("w:w", w.ToString(CultureInfo.InvariantCulture)))));
        var (outerStyle, outerList) = (renderer.ParagraphStyle, renderer.ListContext);
        renderer.ParagraphStyle = StyleIds.Compact;
        renderer.ListContext = null;
        foreach (var row in obj.OfType<MdRow>())
        {
            // No row breaks across a page (a row split mid-cell reads as two rows); header rows repeat on every page.
            var rowProperties = new WordElement("w:trPr");
            if (row.IsHeader)
            {
                rowProperties.Add(new WordElement("w:tblHeader"));
            }

            var wordRow = new WordElement("w:tr").Add(rowProperties.Add(new WordElement("w:cantSplit")));

            for (var i = 0; i < columns; i++)
            {
                // Widths come from the grid (fixed layout), so cells carry no width of their own.
                var cell = new WordElement("w:tc");
                if (i < row.Count)
                {
                    renderer.WriteInto(cell, () => renderer.WriteChildren((MdCell)row[i]));
                }

                if (cell.Child(Wml.Paragraph) is null)
                {
                    cell.Add(Wml.StyledParagraph(StyleIds.Compact));
                }

                Align(cell, obj.ColumnDefinitions.ElementAtOrDefault(i)?.Alignment);
                wordRow.Add(cell);
            }

            table.Add(wordRow);
        }

        (renderer.ParagraphStyle, renderer.ListContext) = (outerStyle, outerList);
        renderer.AddTable(table);
    }

    /// <summary>Column widths that add up to the page's text width, in the proportions of the separator row's dashes.</summary>
    private static int[] Widths(MdTable table, int columns, int textWidth)
    {
        var given = Enumerable.Range(0, columns).Select(i => table.ColumnDefinitions.ElementAtOrDefault(i)?.Width ?? 0f).ToArray();
        var total = given.Sum();
        return total <= 0
            ? [.. Enumerable.Repeat(textWidth / columns, columns)]
            : [.. given.Select(w => (int)Math.Round(textWidth * (w <= 0 ? total / columns : w) / total))];
    }

    private static void Align(WordElement cell, TableColumnAlign? alignment)
    {
        var justification = alignment switch
        {
            TableColumnAlign.Center => "center",
            TableColumnAlign.Right => "right",
            _ => null,
        };
        if (justification is null)
        {
            return;
        }

        // Every paragraph the renderer opens starts with its properties.
        foreach (var paragraph in cell.Children.Where(c => c.Name == Wml.Paragraph))
        {
            paragraph.FirstChild!.Add(Wml.Valued("w:jc", justification));
        }
    }
}

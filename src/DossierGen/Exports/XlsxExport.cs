using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DossierGen.Word;

namespace DossierGen.Exports;

/// <summary>
/// A workbook with one sheet per table, written by ClosedXML: every cell text (never a formula,
/// neutralised as in CSV), a bold frozen header row with a filter, fixed column widths (ClosedXML's
/// auto-fit measures fonts through System.Drawing, which Linux lacks). The package is then
/// re-zipped with fixed entry times and the document properties dated from the assessment, so the
/// same assessment gives the same bytes.
/// </summary>
public static partial class XlsxExport
{
    public static byte[] Write(IReadOnlyList<ExportTable> tables, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var workbook = new XLWorkbook();
        var stamp = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        workbook.Properties.Created = stamp;
        workbook.Properties.Modified = stamp;
        workbook.Properties.Author = "DossierGen";
        foreach (var table in tables)
        {
            AddSheet(workbook, table);
        }

        using var built = new MemoryStream();
        workbook.SaveAs(built);
        return Rezipped(built);
    }

    private static void AddSheet(XLWorkbook workbook, ExportTable table)
    {
        var sheet = workbook.Worksheets.Add(table.Name);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(SpreadsheetText.Neutralised(table.Columns[c]));
            sheet.Column(c + 1).Width = c < 2 ? 16 : 24;
        }

        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                // SetValue<string> stores text as it is; assigning Value would read a leading '=' as a formula.
                var cell = sheet.Cell(r + 2, c + 1);
                cell.SetValue(SpreadsheetText.Neutralised(row[c]));
                cell.DataType = XLDataType.Text;
            }
        }

        var header = sheet.Row(1);
        header.Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, Math.Max(1, table.Rows.Count + 1), table.Columns.Count).SetAutoFilter();
    }

    /// <summary>System.IO.Packaging names the core-properties part by a new GUID each time; this name is fixed.</summary>
    private const string CoreProperties = "package/services/metadata/core-properties/core.psmdcp";

    /// <summary>The package relationships get random ids and the GUID-named part; both are made fixed.</summary>
    private static string FixedIds(string rels)
    {
        var number = 0;
        rels = RandomId().Replace(rels, _ => $"Id=\"rIdPackage{++number}\"");
        return GuidPart().Replace(rels, "/" + CoreProperties);
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomId();

    [GeneratedRegex("/package/services/metadata/core-properties/[0-9a-f]{32}\\.psmdcp")]
    private static partial Regex GuidPart();

    private static byte[] Rezipped(MemoryStream built)
    {
        built.Position = 0;
        using var source = new ZipArchive(built, ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new DeterministicZip(output))
        {
            foreach (var entry in source.Entries)
            {
                using var stream = entry.Open();
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                if (entry.FullName == "_rels/.rels")
                {
                    zip.Add(entry.FullName, FixedIds(Encoding.UTF8.GetString(bytes.ToArray())));
                }
                else
                {
                    zip.Add(entry.FullName.EndsWith(".psmdcp", StringComparison.Ordinal) ? CoreProperties : entry.FullName, bytes.ToArray());
                }
            }
        }

        return output.ToArray();
    }
}

using System.Text;

namespace DossierGen.Exports;

/// <summary>
/// RFC 4180 CSV: CRLF after every record, a field quoted when it holds a comma, a quote, a line
/// break or a leading or trailing space, quotes doubled; UTF-8 without a byte-order mark. Every cell
/// goes through <see cref="SpreadsheetText.Neutralised"/> first.
/// </summary>
public static class CsvExport
{
    public static string Write(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder();
        WriteRecord(csv, table.Columns);
        foreach (var row in table.Rows)
        {
            WriteRecord(csv, row);
        }

        return csv.ToString();
    }

    private static void WriteRecord(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            var field = SpreadsheetText.Neutralised(fields[i]);
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' ')))
            {
                csv.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                csv.Append(field);
            }
        }

        csv.Append("\r\n");
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using DossierGen.Diagnostics;

namespace DossierGen.Editing;

/// <summary>
/// Reads results pasted from a spreadsheet (Excel and LibreOffice copy cells as tab-separated lines):
/// a header row whose first cell names the lot column (any text, or nothing) and whose other cells
/// are the study's attribute names, then one row per lot. Numbers use a decimal point, as YAML does;
/// a decimal comma is refused with a hint rather than read as a thousands separator. Faults are
/// located by row and column of the pasted table (path "pasted table").
/// </summary>
public static partial class ResultsPaste
{
    public const string Source = "pasted table";

    public static PastedResults? Parse(string pasted, IReadOnlyCollection<string> lots, IReadOnlyCollection<string> attributes, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(pasted);
        ArgumentNullException.ThrowIfNull(lots);
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = pasted.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Trim().Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count < 2)
        {
            diagnostics.Error(DiagnosticCodes.EditorPasteNoHeader, new SourceLocation(Source, 1, 1), "paste a header row of attribute names and at least one row per lot (copy the cells with their header from the spreadsheet)");
            return null;
        }

        var header = Cells(lines[0]);
        var names = header.Skip(1).ToList();
        var faults = diagnostics.Count;
        for (var c = 0; c < names.Count; c++)
        {
            if (!attributes.Contains(names[c]))
            {
                diagnostics.Error(DiagnosticCodes.EditorPasteNoHeader, new SourceLocation(Source, 1, c + 2), $"'{names[c]}' is not an attribute of this study{NearMiss.Hint(names[c], attributes)}; the header row names the attributes, as the study does");
            }
        }

        if (names.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.EditorPasteNoHeader, new SourceLocation(Source, 1, 1), "the header row has no attribute names: the first column is the lot id, the others one attribute each, separated by tabs");
        }

        var rows = new List<PastedRow>();
        for (var r = 1; r < lines.Count; r++)
        {
            if (lines[r].Trim().Length == 0)
            {
                continue;
            }

            if (Row(lines[r], r + 1, names.Count, lots, diagnostics) is { } row)
            {
                rows.Add(row);
            }
        }

        return diagnostics.Count > faults ? null : new PastedResults(names, rows);
    }

    private static PastedRow? Row(string line, int lineNumber, int width, IReadOnlyCollection<string> lots, DiagnosticBag diagnostics)
    {
        var cells = Cells(line);

        // A spreadsheet leaves out trailing empty cells of a row; more cells than the header is a fault.
        if (cells.Count > width + 1)
        {
            diagnostics.Error(DiagnosticCodes.EditorPasteRaggedRow, new SourceLocation(Source, lineNumber, width + 2), $"row {lineNumber} has {cells.Count} cells but the header {width + 1}; paste the header row with the results");
            return null;
        }

        var lot = cells[0];
        if (!lots.Contains(lot))
        {
            diagnostics.Error(DiagnosticCodes.EditorPasteUnknownLot, new SourceLocation(Source, lineNumber, 1), $"'{lot}' is not a lot of this study{NearMiss.Hint(lot, lots)}; add the lot first, or correct its id");
            return null;
        }

        var values = new PastedValue?[width];
        var ok = true;
        for (var c = 1; c < cells.Count; c++)
        {
            var cell = cells[c];
            if (cell.Length == 0)
            {
                continue;
            }

            if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            {
                values[c - 1] = new PastedValue(number, null);
            }
            else if (Word().IsMatch(cell))
            {
                values[c - 1] = new PastedValue(null, cell);
            }
            else
            {
                ok = false;
                diagnostics.Error(DiagnosticCodes.EditorPasteBadNumber, new SourceLocation(Source, lineNumber, c + 1), DecimalComma().IsMatch(cell)
                    ? $"'{cell}' has a decimal comma; write numbers with a decimal point ({cell.Replace(',', '.')}), or set the spreadsheet to copy them so"
                    : $"'{cell}' is neither a number (with a decimal point, such as 1.21e13) nor a word such as conforms");
            }
        }

        return ok ? new PastedRow(lot, values) : null;
    }

    /// <summary>The cells of one pasted line; a cell a spreadsheet quoted (it held a tab or quote) loses its quotes.</summary>
    private static List<string> Cells(string line) =>
        [.. line.Split('\t').Select(c => c.Trim()).Select(c => c.Length >= 2 && c[0] == '"' && c[^1] == '"' ? c[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : c)];

    [GeneratedRegex(@"^\p{L}[\p{L} \-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^[-+]?[0-9]+,[0-9]+([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalComma();
}

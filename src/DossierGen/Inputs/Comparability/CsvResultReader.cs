using System.Globalization;
using DossierGen.Diagnostics;
using nietras.SeparatedValues;

namespace DossierGen.Inputs.Comparability;

/// <summary>
/// Reads a study's CSV data file (header <c>lot,attribute,value</c>) with Sep and hands every row to
/// the <see cref="ResultCollector"/>, each field located at the CSV's own line and column.
/// </summary>
internal static class CsvResultReader
{
    /// <summary>Far above a real study (200 lots by 40 attributes is about 300 KB), low enough that no file exhausts memory.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly string[] Header = ["lot", "attribute", "value"];

    public static void Read(string path, SourceLocation referencedFrom, IReadOnlyDictionary<string, AttributeOutline> attributes, ResultCollector collector, DiagnosticBag diagnostics)
    {
        var text = TextFileReader.Read(path, MaxBytes, diagnostics, referencedFrom);
        if (text is null)
        {
            return;
        }

        var line = 1;
        try
        {
            // The separator is fixed: Sep would otherwise guess it from the header, and a file that guessed ';' would read as one column.
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All }).FromText(text);
            var headerSeen = false;
            foreach (var row in reader)
            {
                line = FirstLine(row);
                if (row.ColCount == 1 && row[0].Span.IsEmpty)
                {
                    continue;
                }

                if (!headerSeen)
                {
                    if (!CheckHeader(row, path, diagnostics))
                    {
                        return;
                    }

                    headerSeen = true;
                    continue;
                }

                ReadRow(row, path, attributes, collector, diagnostics);
            }

            if (!headerSeen)
            {
                diagnostics.Error(DiagnosticCodes.CsvBadHeader, SourceLocation.StartOf(path), "the CSV data file holds no rows; it starts with the header lot,attribute,value");
            }
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(DiagnosticCodes.CsvMalformedRow, new SourceLocation(path, line, 1), $"the CSV cannot be read from here: {e.Message}");
        }
    }

    /// <summary>Nothing of a file that does not start with the header is quoted: it may not be a data file at all.</summary>
    private static bool CheckHeader(SepReader.Row row, string path, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < Header.Length; i++)
        {
            if (i >= row.ColCount || !row[i].Span.SequenceEqual(Header[i]))
            {
                var at = i < row.ColCount ? Locate(row, i, path) : new SourceLocation(path, FirstLine(row), 1);
                diagnostics.Error(DiagnosticCodes.CsvBadHeader, at, $"the CSV data file must start with the header lot,attribute,value; column {i + 1} should be '{Header[i]}'");
                return false;
            }
        }

        if (row.ColCount > Header.Length)
        {
            diagnostics.Error(DiagnosticCodes.CsvBadHeader, Locate(row, Header.Length, path), "the CSV data file must start with the header lot,attribute,value and have no other columns");
            return false;
        }

        return true;
    }

    private static void ReadRow(SepReader.Row row, string path, IReadOnlyDictionary<string, AttributeOutline> attributes, ResultCollector collector, DiagnosticBag diagnostics)
    {
        if (row.ColCount != Header.Length)
        {
            diagnostics.Error(DiagnosticCodes.CsvMalformedRow, new SourceLocation(path, FirstLine(row), 1), $"the row has {row.ColCount} field{(row.ColCount == 1 ? "" : "s")}; every row has three: lot,attribute,value");
            return;
        }

        var name = row[1].ToString();
        if (!attributes.TryGetValue(name, out var attribute))
        {
            diagnostics.Error(DiagnosticCodes.CsvUnknownAttribute, Locate(row, 1, path), $"attribute '{name}' is not declared under 'attributes' in the study{NearMiss.Hint(name, attributes.Keys)}");
            return;
        }

        var value = row[2].ToString();
        double? number = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        collector.Add(attribute, row[0].ToString(), Locate(row, 0, path), value, attribute.Qualitative ? null : number, Locate(row, 2, path));
    }

    private static int FirstLine(SepReader.Row row) => CsvPosition.FirstLine(row);

    private static SourceLocation Locate(SepReader.Row row, int column, string path) => CsvPosition.Locate(row, column, path);
}

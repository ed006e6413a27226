using System.Globalization;
using DossierGen.Diagnostics;
using nietras.SeparatedValues;

namespace DossierGen.Inputs.Registry;

/// <summary>
/// Reads a CDMO's customer registry, a CSV with the header
/// <c>customer,product,modality,master-file,market,stage,authorised</c> (columns in any order, other
/// columns ignored so a tracker's export can be used as it is): one row per customer product and
/// market. Every fault is located at the CSV's line and column; a registry with faults yields nothing.
/// </summary>
public static class CustomerRegistryReader
{
    /// <summary>A registry of thousands of customers is well under a megabyte.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    public static readonly IReadOnlyList<string> Columns = ["customer", "product", "modality", "master-file", "market", "stage", "authorised"];

    public static IReadOnlyList<RegistryEntry>? Read(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = TextFileReader.Read(path, MaxBytes, diagnostics);
        if (text is null)
        {
            return null;
        }

        var before = diagnostics.Count;
        var entries = new List<RegistryEntry>();
        var line = 1;
        try
        {
            using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true, Trim = SepTrim.All }).FromText(text);
            int[]? columns = null;
            var width = 0;
            foreach (var row in reader)
            {
                line = CsvPosition.FirstLine(row);
                if (row.ColCount == 1 && row[0].Span.IsEmpty)
                {
                    continue;
                }

                if (columns is null)
                {
                    columns = Header(row, path, diagnostics);
                    width = row.ColCount;
                    if (columns is null)
                    {
                        return null;
                    }

                    continue;
                }

                if (row.ColCount != width)
                {
                    diagnostics.Error(DiagnosticCodes.RegistryMalformedRow, new SourceLocation(path, line, 1), $"the row has {row.ColCount} field{(row.ColCount == 1 ? "" : "s")}; the header has {width}");
                    continue;
                }

                if (Entry(row, columns, path, diagnostics) is { } entry)
                {
                    entries.Add(entry);
                }
            }

            if (columns is null)
            {
                diagnostics.Error(DiagnosticCodes.RegistryBadHeader, SourceLocation.StartOf(path), $"the registry holds no rows; it starts with the header {string.Join(',', Columns)}");
            }
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(DiagnosticCodes.RegistryMalformedRow, new SourceLocation(path, line, 1), $"the CSV cannot be read from here: {e.Message}");
        }

        Duplicates(entries, diagnostics);
        return diagnostics.Count == before ? entries : null;
    }

    /// <returns>The field index of each of <see cref="Columns"/>, or null when one is missing or named twice.</returns>
    private static int[]? Header(SepReader.Row row, string path, DiagnosticBag diagnostics)
    {
        var indexes = new int[Columns.Count];
        Array.Fill(indexes, -1);
        for (var i = 0; i < row.ColCount; i++)
        {
            var name = row[i].ToString().ToLowerInvariant();
            var known = Columns.ToList().IndexOf(name);
            if (known < 0)
            {
                continue;
            }

            if (indexes[known] >= 0)
            {
                diagnostics.Error(DiagnosticCodes.RegistryBadHeader, CsvPosition.Locate(row, i, path), $"column '{name}' is named twice in the header");
                return null;
            }

            indexes[known] = i;
        }

        var missing = Columns.Where((_, k) => indexes[k] < 0).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error(DiagnosticCodes.RegistryBadHeader, new SourceLocation(path, CsvPosition.FirstLine(row), 1), $"the registry's header lacks {string.Join(", ", missing)}; it needs {string.Join(',', Columns)}");
            return null;
        }

        return indexes;
    }

    private static RegistryEntry? Entry(SepReader.Row row, int[] columns, string path, DiagnosticBag diagnostics)
    {
        var errors = diagnostics.Count;
        var values = new string[Columns.Count];
        var places = new SourceLocation[Columns.Count];
        for (var k = 0; k < Columns.Count; k++)
        {
            values[k] = row[columns[k]].ToString();
            places[k] = CsvPosition.Locate(row, columns[k], path);
        }

        string Required(int column)
        {
            if (values[column].Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.RegistryBadValue, places[column], $"'{Columns[column]}' is empty");
            }

            return values[column];
        }

        var (customer, product, modality, masterFile) = (Required(0), Required(1), Required(2), Required(3));
        var marketText = Required(4);
        var market = marketText switch { "EU" => Market.EU, "JP" => Market.JP, _ => Market.US };
        if (marketText is not ("" or "US" or "EU" or "JP"))
        {
            diagnostics.Error(DiagnosticCodes.RegistryBadValue, places[4], $"market '{marketText}' is not US, EU or JP{NearMiss.Hint(marketText, ["US", "EU", "JP"])}");
        }

        var stageText = Required(5);
        var stage = stageText == "marketed" ? Stage.Marketed : Stage.Clinical;
        if (stageText is not ("" or "marketed" or "clinical"))
        {
            diagnostics.Error(DiagnosticCodes.RegistryBadValue, places[5], $"stage '{stageText}' is not clinical or marketed{NearMiss.Hint(stageText, ["clinical", "marketed"])}");
        }

        var dateText = values[6];
        DateOnly? authorised = null;
        if (dateText.Length > 0)
        {
            if (DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                authorised = date;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.RegistryBadValue, places[6], $"authorised '{dateText}' is not a date written YYYY-MM-DD (leave it empty when not authorised)");
            }
        }

        return diagnostics.Count == errors
            ? new RegistryEntry(customer, product, modality, masterFile, market, stage, authorised, new SourceLocation(path, places[0].Line, 1))
            : null;
    }

    private static void Duplicates(List<RegistryEntry> entries, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<(string, string, string, Market), RegistryEntry>();
        foreach (var entry in entries)
        {
            if (!seen.TryAdd((entry.Customer, entry.Product, entry.MasterFile, entry.Market), entry))
            {
                var first = seen[(entry.Customer, entry.Product, entry.MasterFile, entry.Market)];
                diagnostics.Error(DiagnosticCodes.RegistryDuplicateRow, entry.Location, $"{entry.Customer}'s {entry.Product} in {entry.Market} is already listed at line {first.Location.Line}");
            }
        }
    }
}

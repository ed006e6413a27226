namespace DossierGen.Exports;

/// <summary>A named sheet of text cells: a header row and data rows of the same width, as CSV and xlsx write it.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

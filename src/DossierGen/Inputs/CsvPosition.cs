using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DossierGen.Diagnostics;
using nietras.SeparatedValues;

namespace DossierGen.Inputs;

/// <summary>Where a Sep row and its fields are in the CSV file, for located diagnostics.</summary>
internal static class CsvPosition
{
    /// <summary>
    /// The line the row starts on. Sep 0.17 reports the first row's LineNumberFrom as 2; where the
    /// row ends is right for every row, so count back over the line breaks inside it.
    /// </summary>
    public static int FirstLine(SepReader.Row row) => row.LineNumberToExcl - 1 - row.Span.Count('\n');

    /// <summary>
    /// The field's place in the file: Sep hands out spans into the row's own text, so the field's
    /// offset in the row gives its column, and the line breaks before it (inside quotes) its line.
    /// </summary>
    public static SourceLocation Locate(SepReader.Row row, int column, string path)
    {
        var rowText = row.Span;
        var offset = (int)(Unsafe.ByteOffset(ref MemoryMarshal.GetReference(rowText), ref MemoryMarshal.GetReference(row[column].Span)) / sizeof(char));
        offset = Math.Clamp(offset, 0, rowText.Length);
        var before = rowText[..offset];
        var breaks = before.Count('\n');
        var lineStart = before.LastIndexOf('\n') + 1;
        return new SourceLocation(path, FirstLine(row) + breaks, offset - lineStart + 1);
    }
}

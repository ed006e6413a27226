using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace DossierGen.Markdown;

/// <summary>
/// Parses Markdown whose pipe tables may be thousands of rows long in time linear in their length.
/// </summary>
/// <remarks>
/// Markdig parses a pipe table as one paragraph and keeps each emphasis delimiter in it open until
/// the paragraph ends, and every later inline walks down that chain of open delimiters: a table
/// with a bold cell per row (the present-and-proposed table of a file of thousands of changes)
/// took time quadratic in its rows. Such a table is parsed in slices of <see cref="SliceRows"/>
/// rows, each repeating the header and separator lines, and the slices are joined again into the
/// one table Markdig would have built. A table is sliced only when it stands on lines of its own
/// after a blank line, each starting with '|'; if the slices do not come back as the consecutive
/// tables expected (the lines were inside a code block or raw HTML), the text is parsed whole.
/// </remarks>
internal static partial class LongTables
{
    /// <summary>Rows per slice: long enough that short tables are parsed as they are, short enough to bound each walk.</summary>
    public const int SliceRows = 100;

    /// <summary>A sliced table: the line of each slice's header in the sliced text.</summary>
    private sealed record SlicedTable(List<int> HeaderLines);

    public static MarkdownDocument Parse(string markdown, MarkdownPipeline pipeline)
    {
        // Markdig counts "\r" as a line end too; text with one is rare and is simply parsed whole.
        if (markdown.Contains('\r', StringComparison.Ordinal))
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }

        var (insertions, tables) = Slice(markdown);
        if (tables.Count == 0)
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }

        var document = Markdig.Markdown.Parse(Sliced(markdown, insertions), pipeline);
        return Join(document, tables) ? document : Markdig.Markdown.Parse(markdown, pipeline);
    }

    /// <summary>
    /// Where the text is cut: before the first row of each later slice go a blank line and the
    /// table's header and separator lines again. Found by walking the lines by their positions,
    /// without splitting the text (a 40-chart section is half a megabyte of some 12,000 lines).
    /// </summary>
    private static (List<Insertion> Insertions, List<SlicedTable> Tables) Slice(string markdown)
    {
        var insertions = new List<Insertion>();
        var tables = new List<SlicedTable>();
        var line = 0;
        var previousBlank = true;
        for (var at = 0; at <= markdown.Length;)
        {
            var current = LineAt(markdown, at);
            var rows = previousBlank ? LongTableRows(markdown, current) : 0;
            if (rows == 0)
            {
                previousBlank = markdown.AsSpan(current.Start, current.Length).IsWhiteSpace();
                at = current.Next;
                line++;
                continue;
            }

            var separator = LineAt(markdown, current.Next);
            var table = new SlicedTable([line + (3 * insertions.Count)]);
            var row = LineAt(markdown, separator.Next);
            for (var r = 0; r < rows; r++)
            {
                if (r > 0 && r % SliceRows == 0)
                {
                    table.HeaderLines.Add(line + 2 + r + 1 + (3 * insertions.Count));
                    insertions.Add(new Insertion(row.Start, current, separator));
                }

                if (r + 1 < rows)
                {
                    row = LineAt(markdown, row.Next);
                }
            }

            tables.Add(table);
            previousBlank = false;
            at = row.Next;
            line += 2 + rows;
        }

        return (insertions, tables);
    }

    /// <summary>The text with the insertions made, built at its final length in one string.</summary>
    private static string Sliced(string markdown, List<Insertion> insertions)
    {
        var length = markdown.Length;
        foreach (var insertion in insertions)
        {
            length += insertion.Header.Length + insertion.Separator.Length + 3;
        }

        return string.Create(length, (markdown, insertions), static (text, state) =>
        {
            var (source, cuts) = state;
            var from = 0;
            foreach (var cut in cuts)
            {
                source.AsSpan(from, cut.At - from).CopyTo(text);
                text = text[(cut.At - from)..];
                from = cut.At;
                text[0] = '\n';
                source.AsSpan(cut.Header.Start, cut.Header.Length).CopyTo(text[1..]);
                text = text[(1 + cut.Header.Length)..];
                text[0] = '\n';
                source.AsSpan(cut.Separator.Start, cut.Separator.Length).CopyTo(text[1..]);
                text = text[(1 + cut.Separator.Length)..];
                text[0] = '\n';
                text = text[1..];
            }

            source.AsSpan(from).CopyTo(text);
        });
    }

    /// <summary>The line starting at <paramref name="start"/>: its extent without the line end, and where the next line starts (past the end after the last line).</summary>
    private static Line LineAt(string markdown, int start)
    {
        if (start >= markdown.Length)
        {
            return new Line(markdown.Length, 0, markdown.Length + 1);
        }

        var end = markdown.IndexOf('\n', start);
        return end < 0 ? new Line(start, markdown.Length - start, markdown.Length + 1) : new Line(start, end - start, end + 1);
    }

    /// <summary>The number of body rows of a table whose header is <paramref name="header"/> (after a blank line), when it is long enough to slice; else 0.</summary>
    private static int LongTableRows(string markdown, Line header)
    {
        if (header.Length == 0 || markdown[header.Start] != '|' || header.Next > markdown.Length)
        {
            return 0;
        }

        var separator = LineAt(markdown, header.Next);
        if (!SeparatorRow().IsMatch(markdown.AsSpan(separator.Start, separator.Length)))
        {
            return 0;
        }

        var rows = 0;
        for (var row = LineAt(markdown, separator.Next); row.Start < markdown.Length && row.Length > 0 && markdown[row.Start] == '|'; row = LineAt(markdown, row.Next))
        {
            rows++;
        }

        return rows > SliceRows ? rows : 0;
    }

    /// <summary>Joins each table's slices into its first; false, changing nothing, when the slices are not all there as tables.</summary>
    private static bool Join(MarkdownDocument document, List<SlicedTable> tables)
    {
        var byLine = new Dictionary<int, Table>();
        foreach (var table in document.Descendants<Table>())
        {
            byLine.TryAdd(table.Line, table);
        }

        var joins = new List<List<Table>>();
        foreach (var table in tables)
        {
            var slices = new List<Table>();
            foreach (var line in table.HeaderLines)
            {
                if (!byLine.TryGetValue(line, out var slice))
                {
                    return false;
                }

                slices.Add(slice);
            }

            var parent = slices[0].Parent;
            var at = parent?.IndexOf(slices[0]) ?? -1;
            for (var k = 0; k < slices.Count; k++)
            {
                var slice = slices[k];
                if (parent is null || slice.Parent != parent || parent.IndexOf(slice) != at + k
                    || slice.ColumnDefinitions.Count != slices[0].ColumnDefinitions.Count || slice.Count == 0 || slice[0] is not TableRow { IsHeader: true })
                {
                    return false;
                }
            }

            joins.Add(slices);
        }

        foreach (var slices in joins)
        {
            foreach (var slice in slices.Skip(1))
            {
                // Each later slice repeats the header row; its body rows move to the first slice.
                foreach (var row in slice.Skip(1).ToList())
                {
                    slice.Remove(row);
                    slices[0].Add(row);
                }

                slice.Parent!.Remove(slice);
            }
        }

        return true;
    }

    [GeneratedRegex(@"^\|(\s*:?-+:?\s*\|)+\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorRow();

    /// <summary>A line of the text: where it starts, its length without the line end, where the next one starts.</summary>
    private readonly record struct Line(int Start, int Length, int Next);

    /// <summary>A blank line, the header line and the separator line, put in at <see cref="At"/> (the start of a row line).</summary>
    private readonly record struct Insertion(int At, Line Header, Line Separator);
}

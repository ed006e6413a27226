using System.Text;
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

        var lines = markdown.Split('\n');
        var sliced = new SlicedText(markdown.Length);
        var tables = new List<SlicedTable>();
        for (var i = 0; i < lines.Length;)
        {
            var rows = LongTableRows(lines, i);
            if (rows == 0)
            {
                sliced.Line(lines[i]);
                i++;
                continue;
            }

            var table = new SlicedTable([]);
            for (var first = 0; first < rows; first += SliceRows)
            {
                if (first > 0)
                {
                    sliced.Line("");
                }

                table.HeaderLines.Add(sliced.Count);
                sliced.Line(lines[i]);
                sliced.Line(lines[i + 1]);
                for (var row = first; row < Math.Min(rows, first + SliceRows); row++)
                {
                    sliced.Line(lines[i + 2 + row]);
                }
            }

            tables.Add(table);
            i += 2 + rows;
        }

        if (tables.Count == 0)
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }

        var document = Markdig.Markdown.Parse(sliced.ToString(), pipeline);
        return Join(document, tables) ? document : Markdig.Markdown.Parse(markdown, pipeline);
    }

    /// <summary>The number of body rows of a table starting at line <paramref name="i"/>, when it is long enough to slice; else 0.</summary>
    private static int LongTableRows(string[] lines, int i)
    {
        if ((i > 0 && !string.IsNullOrWhiteSpace(lines[i - 1])) || !lines[i].StartsWith('|') || i + 1 >= lines.Length || !SeparatorRow().IsMatch(lines[i + 1]))
        {
            return 0;
        }

        var end = i + 2;
        while (end < lines.Length && lines[end].StartsWith('|'))
        {
            end++;
        }

        var rows = end - (i + 2);
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

    /// <summary>Lines joined with "\n", counted as they are added.</summary>
    private sealed class SlicedText(int capacity)
    {
        private readonly StringBuilder _text = new(capacity + 1024);

        public int Count { get; private set; }

        public void Line(string line)
        {
            if (Count > 0)
            {
                _text.Append('\n');
            }

            _text.Append(line);
            Count++;
        }

        public override string ToString() => _text.ToString();
    }
}

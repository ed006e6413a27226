using System.Text;
using DossierGen.Markdown.Charts;
using DossierGen.Templates;
using DossierGen.Templates.Comparability;

namespace DossierGen.Generation.Charts;

/// <summary>
/// The <c>dossiergen-chart</c> blocks of a rendered document: checked before anything is written
/// (a template may write one by hand), and in the Markdown twin replaced by a table of the same
/// data, since a Markdown reader has no chart to draw. The Word document draws them (Word/Charts).
/// </summary>
public static class ChartBlocks
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// The chart blocks in document order, each read, with where it stands in the Markdown (from the
    /// opening fence's line to the end of the closing fence's). Found by their fence lines rather than
    /// by parsing the whole document: a section of 40 charts of 200 lots is half a megabyte, and the
    /// Word writer parses it once anyway. Templates write the fence at the start of a line.
    /// </summary>
    public static IReadOnlyList<ChartBlock> Read(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var blocks = new List<ChartBlock>();
        var opening = "```" + ChartData.Info;
        for (var at = markdown.IndexOf(opening, StringComparison.Ordinal); at >= 0; at = markdown.IndexOf(opening, at + 1, StringComparison.Ordinal))
        {
            var lineStart = at == 0 ? 0 : markdown.LastIndexOf('\n', at - 1) + 1;
            var firstLineEnd = markdown.IndexOf('\n', at);
            if (!string.IsNullOrWhiteSpace(markdown[lineStart..at]) || at - lineStart > 3 || firstLineEnd < 0 || !string.IsNullOrWhiteSpace(markdown[(at + opening.Length)..firstLineEnd]))
            {
                continue;
            }

            var bodyStart = firstLineEnd + 1;
            var close = bodyStart;
            while (close < markdown.Length)
            {
                var lineEnd = markdown.IndexOf('\n', close);
                var line = lineEnd < 0 ? markdown[close..] : markdown[close..lineEnd];
                if (line.Trim() is { Length: >= 3 } fence && fence.All(c => c == '`'))
                {
                    break;
                }

                close = lineEnd < 0 ? markdown.Length : lineEnd + 1;
            }

            var end = close >= markdown.Length ? markdown.Length : (markdown.IndexOf('\n', close) is var e && e < 0 ? markdown.Length : e + 1);
            var body = markdown[bodyStart..Math.Min(close, markdown.Length)];
            var (chart, problem) = ChartBlockReader.Read(body);
            blocks.Add(new ChartBlock(lineStart, end, body, chart, problem));
            at = end - 1;
        }

        return blocks;
    }

    /// <summary>
    /// The charts that read, by their body, for the Word writer to draw without reading them again
    /// (<see cref="Word.ReadCharts"/>).
    /// </summary>
    public static Word.ReadCharts Known(IReadOnlyList<ChartBlock> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        return new Word.ReadCharts(charts.Where(b => b.Chart is not null).Select(b => (b.Body, b.Chart!)));
    }

    /// <summary>
    /// The Markdown twin as UTF-8: every chart block (all read without a problem) replaced by its
    /// data as a table. Built in chunks and encoded from them, so a half-megabyte section is not
    /// also copied whole into a builder and a string on the large object heap before its bytes.
    /// </summary>
    public static byte[] Twin(string markdown, IReadOnlyList<ChartBlock> charts)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(charts);
        if (charts.Count == 0)
        {
            return Utf8.GetBytes(markdown);
        }

        var twin = new StringBuilder();
        var at = 0;
        foreach (var block in charts)
        {
            twin.Append(markdown, at, block.Start - at);
            AppendTable(twin, block.Chart!);
            twin.Append('\n');
            at = block.End;
        }

        twin.Append(markdown, at, markdown.Length - at);
        // Counted chunk by chunk, a surrogate pair cut between two chunks counts as two
        // replacement characters (6 bytes) instead of 4: the count is never short, and in that
        // rare case the bytes are copied to their exact length.
        var length = 0;
        foreach (var chunk in twin.GetChunks())
        {
            length += Utf8.GetByteCount(chunk.Span);
        }

        var bytes = new byte[length];
        var encoder = Utf8.GetEncoder();
        var written = 0;
        foreach (var chunk in twin.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        written += encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return written == length ? bytes : bytes[..written];
    }

    /// <summary>
    /// The chart as a table: one row per lot (or donor), pre- and post-change values in their own
    /// columns, the limits below. Written straight into the twin, with the points grouped by
    /// category in one pass: a chart of 200 lots looked each category's points up among all 200.
    /// </summary>
    private static void AppendTable(StringBuilder table, ChartData chart)
    {
        var unit = chart.Unit is { } u ? $" ({MarkdownText.Cell(u)})" : "";
        table.Append("| ").Append(chart.ByPair ? "Donor" : "Lot").Append(" | Pre-change").Append(unit).Append(" | Post-change").Append(unit).Append(" |\n");
        table.Append("|:----------|----------:|----------:|\n");
        var byCategory = new Dictionary<string, List<ChartPoint>>(StringComparer.Ordinal);
        var categories = new List<string>();
        foreach (var point in chart.Points)
        {
            var category = chart.Category(point);
            if (!byCategory.TryGetValue(category, out var points))
            {
                byCategory[category] = points = [];
                categories.Add(category);
            }

            points.Add(point);
        }

        foreach (var category in categories)
        {
            var points = byCategory[category];
            table.Append("| ").Append(MarkdownText.Cell(category)).Append(" | ");
            AppendValues(table, chart, points, post: false);
            table.Append(" | ");
            AppendValues(table, chart, points, post: true);
            table.Append(" |\n");
        }

        table.Append('\n').Append("The Word document draws these values as a chart");
        if (chart.Lower is null && chart.Upper is null)
        {
            table.Append('.');
            return;
        }

        table.Append(", with the acceptance limits (");
        if (chart.Lower is { } lower)
        {
            table.Append("lower ").Append(Value(chart, lower, 1));
        }

        if (chart.Upper is { } upper)
        {
            table.Append(chart.Lower is null ? "" : ", ").Append("upper ").Append(Value(chart, upper, 1));
        }

        table.Append(") as dashed lines.");
    }

    /// <summary>One group's values of a category, comma-separated, each with its lot in a paired chart.</summary>
    private static void AppendValues(StringBuilder table, ChartData chart, List<ChartPoint> points, bool post)
    {
        var first = true;
        foreach (var point in points)
        {
            if (point.Post != post)
            {
                continue;
            }

            table.Append(first ? "" : ", ").Append(Value(chart, point.Value));
            if (chart.ByPair)
            {
                table.Append(" (").Append(MarkdownText.Cell(point.Lot)).Append(')');
            }

            first = false;
        }
    }

    private static string Value(ChartData chart, double value, int extra = 0) =>
        chart.Figures is { } figures ? FixedFigures.Format(value, figures + extra) : value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}

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
            var (chart, problem) = ChartBlockReader.Read(markdown[bodyStart..Math.Min(close, markdown.Length)]);
            blocks.Add(new ChartBlock(lineStart, end, chart, problem));
            at = end - 1;
        }

        return blocks;
    }

    /// <summary>The Markdown twin: every chart block (all read without a problem) replaced by its data as a table.</summary>
    public static string Twin(string markdown, IReadOnlyList<ChartBlock> charts)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(charts);
        if (charts.Count == 0)
        {
            return markdown;
        }

        var twin = new StringBuilder(markdown.Length);
        var at = 0;
        foreach (var block in charts)
        {
            twin.Append(markdown, at, block.Start - at).Append(Table(block.Chart!)).Append('\n');
            at = block.End;
        }

        return twin.Append(markdown, at, markdown.Length - at).ToString();
    }

    /// <summary>The chart as a table: one row per lot (or donor), pre- and post-change values in their own columns, the limits below.</summary>
    private static string Table(ChartData chart)
    {
        string Value(double v, int extra = 0) => chart.Figures is { } f ? FixedFigures.Format(v, f + extra) : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var table = new StringBuilder();
        var unit = chart.Unit is { } u ? $" ({MarkdownText.Cell(u)})" : "";
        table.Append("| ").Append(chart.ByPair ? "Donor" : "Lot").Append(" | Pre-change").Append(unit).Append(" | Post-change").Append(unit).Append(" |\n");
        table.Append("|:----------|----------:|----------:|\n");
        foreach (var category in chart.Categories)
        {
            var points = chart.Points.Where(p => chart.Category(p) == category).ToList();
            var pre = string.Join(", ", points.Where(p => !p.Post).Select(p => Value(p.Value) + (chart.ByPair ? $" ({MarkdownText.Cell(p.Lot)})" : "")));
            var post = string.Join(", ", points.Where(p => p.Post).Select(p => Value(p.Value) + (chart.ByPair ? $" ({MarkdownText.Cell(p.Lot)})" : "")));
            table.Append("| ").Append(MarkdownText.Cell(category)).Append(" | ").Append(pre).Append(" | ").Append(post).Append(" |\n");
        }

        var limits = new List<string>();
        if (chart.Lower is { } lower)
        {
            limits.Add("lower " + Value(lower, 1));
        }

        if (chart.Upper is { } upper)
        {
            limits.Add("upper " + Value(upper, 1));
        }

        table.Append('\n').Append("The Word document draws these values as a chart");
        return table.Append(limits.Count == 0 ? "." : $", with the acceptance limits ({string.Join(", ", limits)}) as dashed lines.").ToString();
    }
}

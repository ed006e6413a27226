using System.Text;
using DossierGen.Markdown;
using DossierGen.Markdown.Charts;
using DossierGen.Templates;
using DossierGen.Templates.Comparability;
using Markdig.Syntax;

namespace DossierGen.Generation.Charts;

/// <summary>
/// The <c>dossiergen-chart</c> blocks of a rendered document: checked before anything is written
/// (a template may write one by hand), and in the Markdown twin replaced by a table of the same
/// data, since a Markdown reader has no chart to draw. The Word document draws them (Word/Charts).
/// </summary>
public static class ChartBlocks
{
    /// <summary>The chart blocks in document order, each read, with its first line in the Markdown (from 1).</summary>
    public static IReadOnlyList<(FencedCodeBlock Block, ChartData? Chart, ChartProblem? Problem)> Read(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (!markdown.Contains(ChartData.Info, StringComparison.Ordinal))
        {
            return [];
        }

        return [.. DossierMarkdown.Parse(markdown).Descendants<FencedCodeBlock>().Where(b => b.Info == ChartData.Info).Select(b =>
        {
            var (chart, problem) = ChartBlockReader.Read(b.Lines.ToString());
            return (b, chart, problem);
        })];
    }

    /// <summary>The Markdown twin: every chart block (all read without a problem) replaced by its data as a table.</summary>
    public static string Twin(string markdown, IReadOnlyList<(FencedCodeBlock Block, ChartData? Chart, ChartProblem? Problem)> charts)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(charts);
        if (charts.Count == 0)
        {
            return markdown;
        }

        var twin = new StringBuilder(markdown.Length);
        var at = 0;
        foreach (var (block, chart, _) in charts)
        {
            twin.Append(markdown, at, block.Span.Start - at).Append(Table(chart!));
            at = block.Span.End + 1;
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

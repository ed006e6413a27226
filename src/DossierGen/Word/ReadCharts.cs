using DossierGen.Markdown.Charts;

namespace DossierGen.Word;

/// <summary>
/// Chart blocks of one document already read (generation reads every block before writing
/// anything, to report faults), by their body, so the Word writer draws them without parsing the
/// JSON a second time. Bodies are compared without their line ends at the end, as the block's
/// text reaches the writer without them; a block not found here is simply read again.
/// </summary>
public sealed class ReadCharts
{
    private readonly Dictionary<string, ChartData> _charts = new(StringComparer.Ordinal);

    /// <param name="charts">Each block's body and the chart it read as; of two equal bodies the first is kept.</param>
    public ReadCharts(IEnumerable<(string Body, ChartData Chart)> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        foreach (var (body, chart) in charts)
        {
            _charts.TryAdd(Key(body), chart);
        }
    }

    /// <summary>None read yet: every block is read when drawn.</summary>
    public static ReadCharts None { get; } = new([]);

    /// <summary>The chart of a block body, read here before or now.</summary>
    public (ChartData? Chart, ChartProblem? Problem) Read(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return _charts.TryGetValue(Key(body), out var chart) ? (chart, null) : ChartBlockReader.Read(body);
    }

    private static string Key(string body) => body.TrimEnd('\r', '\n');
}

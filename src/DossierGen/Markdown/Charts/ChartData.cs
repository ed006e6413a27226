namespace DossierGen.Markdown.Charts;

/// <summary>
/// What a <c>dossiergen-chart</c> block holds: an attribute's results by lot (or by donor in a
/// paired design), pre- and post-change lots told apart, and the acceptance limits to draw as lines.
/// </summary>
/// <param name="Title">What is plotted, such as the attribute's name.</param>
/// <param name="Unit">The value axis' unit, or null.</param>
/// <param name="Figures">Significant figures the values are written with in the text fallback, or null for the shortest round-trip form.</param>
/// <param name="ByPair">True when the category axis is the pair (donor), so the two lots of a pair stand above each other.</param>
/// <param name="Lower">The lower acceptance limit, or null.</param>
/// <param name="Upper">The upper acceptance limit, or null.</param>
public sealed record ChartData(string Title, string? Unit, int? Figures, bool ByPair, IReadOnlyList<ChartPoint> Points, double? Lower, double? Upper)
{
    /// <summary>The fenced block's info string.</summary>
    public const string Info = "dossiergen-chart";

    /// <summary>The category axis' labels in order of first appearance: lots, or pairs.</summary>
    public IReadOnlyList<string> Categories => [.. Points.Select(Category).Distinct(StringComparer.Ordinal)];

    public string Category(ChartPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return ByPair ? point.Pair! : point.Lot;
    }
}

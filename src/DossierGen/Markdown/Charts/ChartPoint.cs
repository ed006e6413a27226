namespace DossierGen.Markdown.Charts;

/// <summary>One lot's result on a chart.</summary>
/// <param name="Post">True for a post-change lot, false for a pre-change one.</param>
/// <param name="Pair">The donor or source of a paired design, else null.</param>
public sealed record ChartPoint(string Lot, bool Post, string? Pair, double Value);

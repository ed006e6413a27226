using DossierGen.Markdown.Charts;

namespace DossierGen.Generation.Charts;

/// <summary>A chart block of a rendered document: its place (from the opening fence's line to after the closing fence's), its body and what it reads as.</summary>
public sealed record ChartBlock(int Start, int End, string Body, ChartData? Chart, ChartProblem? Problem);

namespace DossierGen.Markdown.Charts;

/// <summary>What is wrong with a chart block, at its line and column within the block's body (from 1).</summary>
public sealed record ChartProblem(string Code, int Line, int Column, string Message);

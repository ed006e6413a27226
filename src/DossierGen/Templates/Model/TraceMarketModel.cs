namespace DossierGen.Templates.Model;

/// <summary>A market's part of the rule trace.</summary>
public sealed record TraceMarketModel
{
    /// <summary>The market's name in English.</summary>
    public required string MarketName { get; init; }

    /// <summary>Every rule that fired, change by change.</summary>
    public required IReadOnlyList<TraceRowModel> Rows { get; init; }
}

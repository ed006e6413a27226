namespace DossierGen.Templates.Model;

/// <summary>One row of an attribute's results table.</summary>
public sealed record ResultRowModel
{
    /// <summary>What the row shows, such as "Pre-change mean ± SD (n = 6)" or a post lot's id.</summary>
    public required string Label { get; init; }

    /// <summary>The value, formatted to the attribute's significant figures.</summary>
    public required string Value { get; init; }

    /// <summary>A note, such as "outside" for a post lot outside the interval, else empty.</summary>
    public required string Note { get; init; }
}

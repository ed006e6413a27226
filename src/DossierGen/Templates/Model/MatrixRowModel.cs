namespace DossierGen.Templates.Model;

/// <summary>A change's row of the procedure matrix.</summary>
public sealed record MatrixRowModel
{
    /// <summary>The change's id.</summary>
    public required string Id { get; init; }

    /// <summary>The change's summary (one-line user text).</summary>
    public required string Summary { get; init; }

    /// <summary>Its decision in each market, in the order of the assessment's markets.</summary>
    public required IReadOnlyList<MatrixCellModel> Cells { get; init; }
}

namespace DossierGen.Templates.Model;

/// <summary>A change's decision in one market.</summary>
public sealed record MatrixCellModel
{
    /// <summary>The procedure code.</summary>
    public required string Procedure { get; init; }

    /// <summary>The EU classification codes, comma-separated, or null.</summary>
    public required string? Codes { get; init; }

    /// <summary>True when the decision rests on an unconfirmed point.</summary>
    public required bool Verify { get; init; }
}

namespace DossierGen.Impact;

/// <summary>
/// One programme that references the master file: a change file of the portfolio, or a row group
/// of a CDMO's customer registry (then <see cref="ChangeFile"/> and <see cref="Change"/> are null).
/// </summary>
public sealed record ProgrammeImpact(string? ChangeFile, string? Change, string Product, DateOnly AsOf, IReadOnlyList<MarketImpact> Markets)
{
    /// <summary>The customer, for a programme read from a registry.</summary>
    public string? Customer { get; init; }

    /// <summary>The product's modality, for a programme read from a registry.</summary>
    public string? Modality { get; init; }

    /// <summary>Where the programme's first row is, as <c>path:line</c>, for a programme read from a registry.</summary>
    public string? RegistryRow { get; init; }

    /// <summary>How the programme is named in a table: the change id, else the customer.</summary>
    public string Name => Change ?? Customer ?? "";
}

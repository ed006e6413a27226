namespace DossierGen.Inputs;

/// <summary>A whole change file, with its product and master files read and checked.</summary>
/// <param name="Markets">The markets to assess, in contract order (US, EU, JP).</param>
public sealed record ChangeDescription(
    string Id,
    string Title,
    Product Product,
    DateOnly? ImplementationDate,
    IReadOnlyList<Market> Markets,
    string? Description,
    IReadOnlyList<Change> Changes,
    IReadOnlyList<MasterFileUse> MasterFiles,
    IReadOnlyList<Agreement> Agreements,
    string SourcePath)
{
    /// <summary>The comparability studies the change file lists, in its order.</summary>
    public IReadOnlyList<Comparability.ComparabilityStudy> Studies { get; init; } = [];
    /// <summary>The change file's document-control: the dossier's document number and version, each null when not given.</summary>
    public (string? Number, string? Version) DocumentControl { get; init; }
}

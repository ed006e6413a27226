namespace DossierGen.Assessment;

/// <summary>One kind of evidence a market expects, merged across the changes and rules that asked for it.</summary>
/// <param name="SatisfiedBy">The master file that supplies it for every change that asked for it in this market, or null.</param>
/// <param name="Purposes">What the evidence must show, one line per distinct purpose the rules gave.</param>
/// <param name="SuppliedFor">The changes for which a master file supplies it (all or some of <see cref="Changes"/>).</param>
public sealed record EvidenceItem(
    string Kind,
    IReadOnlyList<string> Changes,
    string? SatisfiedBy,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Purposes,
    IReadOnlyDictionary<string, string> SuppliedFor,
    bool Verify)
{
    /// <summary>The comparability studies behind this item (analytical comparability only), in the change file's order.</summary>
    public IReadOnlyList<string> Studies { get; init; } = [];

    /// <summary>Where the item stands given its studies, or null when the change file lists no studies (or the kind takes none).</summary>
    public EvidenceStatus? Status { get; init; }
}

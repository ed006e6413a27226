namespace DossierGen.Inputs;

public sealed record MasterFile(
    string Id,
    string Title,
    string Holder,
    string? Version,
    IReadOnlyList<MasterFileFiling> Filings,
    IReadOnlyList<string> CoveredItems,
    IReadOnlyList<string> CoveredEvidence,
    string SourcePath)
{
    public MasterFileFiling? FilingIn(Market market) => Filings.FirstOrDefault(f => f.Market == market);
}

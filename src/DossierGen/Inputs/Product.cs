namespace DossierGen.Inputs;

/// <param name="SourcePath">The product file, or the change file when the product is written inline.</param>
public sealed record Product(string Name, string Modality, IReadOnlyList<ProductMarket> Markets, string SourcePath)
{
    /// <summary>The sponsor or applicant the document-control blocks name; null when the product file does not say.</summary>
    public string? Sponsor { get; init; }

    /// <summary>The registered details (what each market approved), in file order; empty when the product file gives none.</summary>
    public IReadOnlyList<Registration.RegisteredElement> Registered { get; init; } = [];

    public ProductMarket? In(Market market) => Markets.FirstOrDefault(m => m.Market == market);
}

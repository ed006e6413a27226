using DossierGen.Inputs;

namespace DossierGen.Templates.Regional;

/// <summary>
/// Which parts of an EU product information a CMC change touches, for the variation form's
/// "product information affected" answer. Annex II.A names the manufacturers of the biological
/// active substance and the batch-release site (which the package leaflet names too); the SmPC
/// holds the composition (2, 6.1), shelf life and storage (6.3, 6.4) and the container (6.5).
/// Everything else in Module 3 leaves the product information as it is.
/// </summary>
public static class ProductInformationImpact
{
    public static string? For(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var operation = change.Fact("operation")?.ToString();
        var drugSubstance = (change.Material ?? "drug-substance") == "drug-substance";
        return change.Kind switch
        {
            "site" or "administrative" when operation == "release" => "Annex II.A (manufacturer responsible for batch release), labelling and package leaflet",
            "site" or "administrative" when operation == "manufacturing" && drugSubstance => "Annex II.A (manufacturer of the biological active substance)",
            "administrative" when change.Fact("nature")?.ToString() == "mah-name-or-address" => "SmPC section 7, Annex II, labelling and package leaflet",
            "shelf-life" => "SmPC sections 6.3 and 6.4, and labelling",
            "container-closure" when !drugSubstance => "SmPC section 6.5",
            "formulation" => "SmPC sections 2 and 6.1, and package leaflet section 6",
            _ => null,
        };
    }
}

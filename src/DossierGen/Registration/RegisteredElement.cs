using DossierGen.Diagnostics;
using DossierGen.Inputs;

namespace DossierGen.Registration;

/// <summary>One registered detail of a product, with how each of its markets registered it.</summary>
/// <param name="Type">process-parameter, specification, site, material, container-closure or shelf-life.</param>
/// <param name="Markets">Every market of the product, the ones the file leaves out with the common value.</param>
public sealed record RegisteredElement(
    string Id,
    string Type,
    string? Material,
    string Name,
    RegisteredValue Value,
    IReadOnlyList<MarketRegistration> Markets,
    SourceLocation Location)
{
    public MarketRegistration In(Market market) =>
        Markets.FirstOrDefault(m => m.Market == market) ?? new MarketRegistration(market, true, market == Market.JP ? "partial-change-item" : null, false, null, Value, false);
}

using DossierGen.Inputs;

namespace DossierGen.Registration;

/// <summary>
/// Derives, per market, the facts of a change that names a registered element (fact base 8.5):
/// within the approved range or not, tightened or widened, added or deleted, the JP marking,
/// whether the market's dossier describes the element, and its EC status.
/// </summary>
public static class RegistrationDeriver
{
    public static DerivedRegistration? Derive(Product product, Change change, ProductMarket market)
    {
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(market);
        if (change.Registered is not { } id || product.Registered.FirstOrDefault(e => e.Id == id) is not { } element || change.ProposedValue is not { } proposed)
        {
            return null;
        }

        var registration = element.In(market.Market);
        var direction = ValueComparison.Compare(registration.Value, proposed, element.Type);
        var areaHasEcs = product.Registered.Any(e => e.Type == element.Type && e.Material == element.Material && e.In(market.Market).EstablishedCondition);
        return new DerivedRegistration(element, registration, market.Stage, proposed, direction, areaHasEcs, Overrides(element, registration, direction, change.Kind));
    }

    /// <summary>The change facts the registration decides for this market, so rules read them instead of what the user stated.</summary>
    public static IReadOnlyDictionary<string, FactValue> Overrides(RegisteredElement element, MarketRegistration registration, string direction, string kind)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(registration);
        var facts = new SortedDictionary<string, FactValue>(StringComparer.Ordinal)
        {
            ["in-dossier"] = new FactValue.Flag(registration.InDossier),
        };
        if (registration.ApprovalForm is { } form)
        {
            facts["jp-approval-form"] = new FactValue.Text(form);
        }

        var nature = (element.Type, kind) switch
        {
            ("process-parameter", "process") => direction == Directions.WithinRange ? "parameter-within-approved-range" : "parameter-range-change",
            ("specification", "specification") => SpecificationChange(direction),
            ("shelf-life", "shelf-life") => direction switch
            {
                Directions.Widened => "extension",
                Directions.Tightened => "reduction",
                Directions.Replaced => "storage-condition",
                _ => null,
            },
            _ => null,
        };
        if (nature is not null)
        {
            facts["nature"] = new FactValue.Text(nature);
        }

        if (element.Type == "specification" && kind == "starting-material" && SpecificationChange(direction) is { } specChange)
        {
            facts["spec-change"] = new FactValue.Text(specChange);
        }

        if (element.Type == "site" && kind == "site" && direction is Directions.Added or Directions.Replaced)
        {
            facts["action"] = new FactValue.Text(direction == Directions.Added ? "add" : "replace");
        }

        return facts;
    }

    /// <summary>A replaced criterion written in words cannot be ranked, so it is read as widened, the heavier reading.</summary>
    private static string? SpecificationChange(string direction) => direction switch
    {
        Directions.Added => "add-test",
        Directions.Deleted => "delete-test",
        Directions.Tightened => "tighten",
        Directions.Widened or Directions.Replaced => "widen",
        _ => null,
    };
}

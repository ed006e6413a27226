using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Yaml;

namespace DossierGen.Registration;

/// <summary>
/// Checks the changes that name a registered element against the product's registered details:
/// the element exists and fits the change's kind, the proposed value can be compared, and every
/// fact the change states agrees with what the registration derives in each assessed market. A
/// disagreement is never settled silently: the user learns which market says what.
/// </summary>
public static class RegistrationContradictions
{
    public static void Check(IReadOnlyList<YamlMapping> changes, Product product, IReadOnlyList<Market> markets, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(product);
        ArgumentNullException.ThrowIfNull(markets);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var node in changes.Where(c => c.Get("registered") is not null))
        {
            CheckChange(node, ChangeBinder.Bind(node), product, markets, diagnostics);
        }
    }

    private static void CheckChange(YamlMapping node, Change change, Product product, IReadOnlyList<Market> markets, DiagnosticBag diagnostics)
    {
        var reference = (YamlScalar)node.Get("registered")!;
        var element = product.Registered.FirstOrDefault(e => e.Id == change.Registered);
        if (element is null)
        {
            var known = product.Registered.Select(e => e.Id).ToList();
            diagnostics.Error(DiagnosticCodes.UnknownRegisteredElement, reference.Location, $"the product has no registered element '{change.Registered}'{NearMiss.Hint(change.Registered!, known)}{(known.Count == 0 ? " (its product file has no registered: list)" : "")}");
            return;
        }

        if (!RegisteredElementTypes.Fits(element.Type, change.Kind))
        {
            diagnostics.Error(DiagnosticCodes.RegisteredElementDoesNotFitKind, reference.Location, $"'{element.Id}' is a registered {element.Type}; a change of kind '{change.Kind}' cannot change it (kinds that can: {string.Join(", ", RegisteredElementTypes.KindsFor(element.Type))})");
            return;
        }

        var proposedNode = node.Get("proposed-value") ?? node.Get("proposed");
        RegistrationChecks.CheckRange(node.Get("proposed-value"), diagnostics);
        if (change.ProposedValue is not { } proposed)
        {
            diagnostics.Error(DiagnosticCodes.ProposedValueNotComparable, reference.Location, $"change {change.Id} names registered element '{element.Id}' but gives no proposed value; add proposed-value (or proposed: as text)");
            return;
        }

        foreach (var market in markets)
        {
            if (ValueComparison.Incomparable(element.In(market).Value, proposed) is { } why)
            {
                diagnostics.Error(DiagnosticCodes.ProposedValueNotComparable, proposedNode!.Location, $"the proposed value cannot be compared with what {market} registered for '{element.Id}': {why}");
                return;
            }
        }

        if (change.Material is { } material && element.Material is { } registered && material != registered && node.Get("material") is { } materialNode)
        {
            diagnostics.Error(DiagnosticCodes.StatedContradictsRegistration, materialNode.Location, $"the change says material '{material}', but registered element '{element.Id}' belongs to the {registered}");
        }

        CheckStatedFacts(node, change, product, markets, diagnostics);
    }

    private static void CheckStatedFacts(YamlMapping node, Change change, Product product, IReadOnlyList<Market> markets, DiagnosticBag diagnostics)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var market in markets)
        {
            var derived = RegistrationDeriver.Derive(product, change, product.In(market)!)!;
            foreach (var (fact, value) in derived.Overrides)
            {
                if (node.Get(fact) is YamlScalar stated && stated.Value != value.ToString() && reported.Add(fact))
                {
                    diagnostics.Error(DiagnosticCodes.StatedContradictsRegistration, stated.Location, $"the change states {fact}: {stated.Value}, but the registered details of '{derived.Element.Id}' give {value} in {market} ({Why(derived, fact)}); leave {fact} out and DossierGen derives it per market");
                }
            }
        }
    }

    private static string Why(DerivedRegistration derived, string fact) => fact switch
    {
        "in-dossier" => derived.Registration.ApprovalForm is { } form ? $"the approval form marks it {form}" : derived.Registration.InDossier ? "its dossier describes the element" : "its dossier does not describe the element",
        "jp-approval-form" => $"the approval form marks it {derived.Registration.ApprovalForm}",
        _ => $"proposed {derived.Proposed.Describe()} against registered {derived.Registration.Value.Describe()}: {derived.Direction}",
    };
}

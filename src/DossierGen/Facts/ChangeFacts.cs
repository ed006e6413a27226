using DossierGen.Inputs;

namespace DossierGen.Facts;

/// <summary>Builds the facts of one change in one market: its own facts, derived ones, and the product's.</summary>
public static class ChangeFacts
{
    private static readonly string[] CellModalities = ["car-t-autologous", "car-t-allogeneic", "cell-therapy-autologous", "cell-therapy-allogeneic"];
    private static readonly string[] AutologousModalities = ["car-t-autologous", "cell-therapy-autologous"];

    public static FactSet For(ChangeDescription description, Change change, ProductMarket market)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(market);
        var facts = new Dictionary<string, FactValue>(StringComparer.Ordinal);
        foreach (var (name, value) in change.Facts)
        {
            facts["change." + name] = value;
        }

        facts["change.kind"] = new FactValue.Text(change.Kind);
        if (change.Material is not null)
        {
            facts["change.material"] = new FactValue.Text(change.Material);
        }

        facts["change.jp-approval-form"] = new FactValue.Text(change.JapanApprovalForm);
        facts["change.in-dossier"] = new FactValue.Flag(change.InDossier);
        facts["change.cqa-impact"] = new FactValue.Text(change.Risk.CqaImpact);
        AddScale(change, facts);
        facts["change.covered-by-agreement"] = new FactValue.Flag(description.Agreements.Any(a => a.Market == market.Market && a.Covers.Contains(change.Id)));
        facts["change.uses-master-file"] = new FactValue.Flag(description.MasterFiles.Any(m => MasterFileSubject.Covers(m.File, change, market.Market)));

        var modality = description.Product.Modality;
        facts["product.modality"] = new FactValue.Text(modality);
        facts["product.cell-based"] = new FactValue.Flag(CellModalities.Contains(modality));
        facts["product.autologous"] = new FactValue.Flag(AutologousModalities.Contains(modality));
        facts["market.stage"] = new FactValue.Text(market.Stage == Stage.Marketed ? "marketed" : "clinical");
        if (market.JapanCategory is not null)
        {
            facts["market.jp-category"] = new FactValue.Text(market.JapanCategory);
        }

        AddRegistration(Registration.RegistrationDeriver.Derive(description.Product, change, market), facts);
        return new FactSet(facts);
    }

    /// <summary>Derived facts replace stated ones: the reader has already refused a file where they disagree.</summary>
    private static void AddRegistration(Registration.DerivedRegistration? derived, Dictionary<string, FactValue> facts)
    {
        if (derived is null)
        {
            return;
        }

        foreach (var (name, value) in derived.Overrides)
        {
            facts["change." + name] = value;
        }

        facts["registered.type"] = new FactValue.Text(derived.Element.Type);
        facts["registered.direction"] = new FactValue.Text(derived.Direction);
        facts["registered.within-approved-range"] = new FactValue.Flag(derived.WithinRange);
        facts["registered.in-market-dossier"] = new FactValue.Flag(derived.Registration.InDossier);
        facts["registered.established-condition"] = new FactValue.Flag(derived.Registration.EstablishedCondition);
        facts["registered.area-has-ecs"] = new FactValue.Flag(derived.AreaHasEcs);
        if (derived.Registration.ReportingCategory is { } category)
        {
            facts["registered.reporting-category"] = new FactValue.Text(category);
        }
    }

    /// <summary>The facts a master-file rule adds for one referenced file.</summary>
    public static IEnumerable<KeyValuePair<string, FactValue>> ForMasterFile(MasterFileUse use, Change change, Market market)
    {
        ArgumentNullException.ThrowIfNull(use);
        var filing = use.File.FilingIn(market);
        yield return new("master-file.filed", new FactValue.Flag(filing is not null));
        yield return new("master-file.authorized", new FactValue.Flag(use.Authorizations.ContainsKey(market)));
        yield return new("master-file.covers-subject", new FactValue.Flag(MasterFileSubject.Covers(use.File, change, market)));
        if (filing?.Content is { } content)
        {
            yield return new("master-file.content", new FactValue.Text(content));
        }
    }

    private static void AddScale(Change change, Dictionary<string, FactValue> facts)
    {
        if (change.Fact("from") is FactValue.Quantity from && change.Fact("to") is FactValue.Quantity to && from.Value.Litres > 0)
        {
            // Not rounded: a threshold such as "at most 2" must not accept 200.04 L from 100 L.
            var factor = to.Value.Litres / from.Value.Litres;
            facts["change.scale-factor"] = new FactValue.Number(factor);
            facts["change.scale-direction"] = new FactValue.Text(factor > 1 ? "up" : factor < 1 ? "down" : "same");
        }
    }
}

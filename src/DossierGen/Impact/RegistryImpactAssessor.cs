using DossierGen.Facts;
using DossierGen.Inputs;
using DossierGen.Inputs.Registry;
using DossierGen.Rules;

namespace DossierGen.Impact;

/// <summary>
/// Impact for a CDMO that holds a registry of its customers rather than their change files: each
/// customer product listed against the master file is a programme, each of its rows a market. The
/// product relies on the file for the item the file covers, so the market's master-file rules say
/// whether the file can supply its evidence there (filed, reference authorised), and its
/// master-file-change rules what the customer files for the holder's change.
/// </summary>
public static class RegistryImpactAssessor
{
    public static IReadOnlyList<ProgrammeImpact> Assess(IReadOnlyList<RegistryEntry> registry, MasterFile masterFile, RuleSet rules, MasterFileChange? change, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(masterFile);
        return registry
            .Where(e => e.MasterFile == masterFile.Id)
            .GroupBy(e => (e.Customer, e.Product))
            .Select(group =>
            {
                var first = group.First();
                var markets = group.OrderBy(e => e.Market).Select(e => ForMarket(e, masterFile, rules, change, asOf)).ToList();
                return new ProgrammeImpact(null, null, first.Product, asOf, markets)
                {
                    Customer = first.Customer,
                    Modality = first.Modality,
                    RegistryRow = $"{first.Location.Path}:{first.Location.Line}",
                };
            })
            .ToList();
    }

    private static MarketImpact ForMarket(RegistryEntry entry, MasterFile masterFile, RuleSet rules, MasterFileChange? change, DateOnly asOf)
    {
        var filing = masterFile.FilingIn(entry.Market);
        var authorised = entry.Authorised is { } date && date <= asOf;
        var facts = new Dictionary<string, FactValue>(StringComparer.Ordinal)
        {
            ["master-file.filed"] = new FactValue.Flag(filing is not null),
            ["master-file.authorized"] = new FactValue.Flag(authorised),
            ["master-file.covers-subject"] = new FactValue.Flag(true),
        };
        if (filing?.Content is { } content)
        {
            facts["master-file.content"] = new FactValue.Text(content);
        }

        if (masterFile.CoveredItems.Count > 0)
        {
            facts["change.item"] = new FactValue.Text(masterFile.CoveredItems[0]);
        }

        var programmeFacts = new FactSet(facts);
        var verdicts = rules.For(entry.Market, entry.Stage)
            .Where(r => r.Subject == RuleSubject.MasterFile && r.InForceOn(asOf) && ConditionEvaluator.Holds(r.When, programmeFacts))
            .ToList();
        var usable = verdicts.Count > 0 && verdicts.TrueForAll(r => r.Then.MasterFile == "usable");
        var supplies = usable ? masterFile.CoveredEvidence : [];
        return MasterFileChangeDecider.Decide(entry.Market, entry.Stage, filing is not null, authorised, supplies, programmeFacts, rules, change, asOf);
    }
}

using DossierGen.Assessment;
using DossierGen.Facts;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Impact;

/// <summary>
/// What a programme files in one market for a holder's change to a master file it relies on,
/// decided by the market's master-file-change rules from the programme's facts plus the change's
/// significance and whether it touches what the file supplies. Shared by change files and registry rows.
/// </summary>
internal static class MasterFileChangeDecider
{
    public static MarketImpact Decide(
        Market market, Stage stage, bool filed, bool authorized, IReadOnlyList<string> supplies, FactSet programmeFacts, RuleSet rules, MasterFileChange? change, DateOnly asOf)
    {
        if (change is null)
        {
            return new MarketImpact(market, stage, filed, authorized, supplies, null, [], false, [], []);
        }

        var affectsSupplied = supplies.Count > 0 && (change.Affects.Count == 0 || change.Affects.Intersect(supplies).Any());
        var facts = programmeFacts.With(
        [
            new("master-file.supplies", new FactValue.Flag(supplies.Count > 0)),
            new("master-file-change.significance", new FactValue.Text(change.Significance)),
            new("master-file-change.affects-supplied", new FactValue.Flag(affectsSupplied)),
        ]);
        var scale = ProcedureScale.For(market, stage);
        var fired = rules.For(market, stage)
            .Where(r => r.Subject == RuleSubject.MasterFileChange && r.InForceOn(asOf) && ConditionEvaluator.Holds(r.When, facts))
            .ToList();
        var findings = fired.SelectMany(r => r.Then.Findings.Select(f => new Finding(f.Severity, r.Id, f.Message, null))).ToList();
        var deciding = fired.Where(r => r.Then.Procedure is not null).ToList();
        if (deciding.Count == 0)
        {
            findings.Add(new Finding("warning", null, $"no {market} rule says what a programme files for this master-file change; DossierGen assumes {scale.Unclassified} until a rule covers it", null));
            return new MarketImpact(market, stage, filed, authorized, supplies, scale.Unclassified, [], true, fired, findings);
        }

        var procedure = deciding.Select(r => r.Then.Procedure!).Aggregate(scale.Heavier);
        var codes = deciding.Where(r => r.Then.Procedure == procedure).SelectMany(r => r.Then.Codes).Where(c => c.InForceOn(asOf)).Select(c => c.Code).Distinct().ToList();
        return new MarketImpact(market, stage, filed, authorized, supplies, procedure, codes, false, fired, findings);
    }
}

using DossierGen.Assessment;
using DossierGen.Facts;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Impact;

/// <summary>
/// For a CDMO platform team: which programmes reference a master file, what it supplies to each
/// per market, and, given a holder's change to the file, what each programme must now file, decided
/// by the markets' master-file-change rules.
/// </summary>
public static class ImpactAssessor
{
    public static ProgrammeImpact? Assess(string changeFile, ChangeDescription programme, RuleSet rules, string masterFileId, MasterFileChange? change, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(rules);
        var use = programme.MasterFiles.FirstOrDefault(m => m.File.Id == masterFileId);
        if (use is null)
        {
            return null;
        }

        var assessment = AssessmentEngine.Assess(programme, rules, asOf);
        var markets = assessment.Markets.Select(m => ForMarket(programme, use, m, rules, change, asOf)).ToList();
        return new ProgrammeImpact(changeFile, programme, asOf, markets);
    }

    private static MarketImpact ForMarket(ChangeDescription programme, MasterFileUse use, MarketAssessment market, RuleSet rules, MasterFileChange? change, DateOnly asOf)
    {
        var supplies = market.Evidence.Where(e => e.SatisfiedBy == use.File.Id || e.SuppliedFor.Values.Contains(use.File.Id)).Select(e => e.Kind).ToList();
        var filed = use.File.FilingIn(market.Market) is not null;
        var authorized = use.Authorizations.ContainsKey(market.Market);
        if (change is null)
        {
            return new MarketImpact(market.Market, market.Stage, filed, authorized, supplies, null, [], false, [], []);
        }

        // The programme's own facts come from the change that relies on the file (else its first change).
        var subject = programme.Changes.FirstOrDefault(c => MasterFileSubject.Covers(use.File, c, market.Market)) ?? programme.Changes[0];
        var affectsSupplied = supplies.Count > 0 && (change.Affects.Count == 0 || change.Affects.Intersect(supplies).Any());
        var facts = ChangeFacts.For(programme, subject, programme.Product.In(market.Market)!)
            .With(ChangeFacts.ForMasterFile(use, subject, market.Market))
            .With(
            [
                new("master-file.supplies", new FactValue.Flag(supplies.Count > 0)),
                new("master-file-change.significance", new FactValue.Text(change.Significance)),
                new("master-file-change.affects-supplied", new FactValue.Flag(affectsSupplied)),
            ]);
        var scale = ProcedureScale.For(market.Market, market.Stage);
        var fired = rules.For(market.Market, market.Stage)
            .Where(r => r.Subject == RuleSubject.MasterFileChange && r.InForceOn(asOf) && ConditionEvaluator.Holds(r.When, facts))
            .ToList();
        var findings = fired.SelectMany(r => r.Then.Findings.Select(f => new Finding(f.Severity, r.Id, f.Message, null))).ToList();
        var deciding = fired.Where(r => r.Then.Procedure is not null).ToList();
        if (deciding.Count == 0)
        {
            findings.Add(new Finding("warning", null, $"no {market.Market} rule says what a programme files for this master-file change; DossierGen assumes {scale.Unclassified} until a rule covers it", null));
            return new MarketImpact(market.Market, market.Stage, filed, authorized, supplies, scale.Unclassified, [], true, fired, findings);
        }

        var procedure = deciding.Select(r => r.Then.Procedure!).Aggregate(scale.Heavier);
        var codes = deciding.Where(r => r.Then.Procedure == procedure).SelectMany(r => r.Then.Codes).Where(c => c.InForceOn(asOf)).Select(c => c.Code).Distinct().ToList();
        return new MarketImpact(market.Market, market.Stage, filed, authorized, supplies, procedure, codes, false, fired, findings);
    }
}

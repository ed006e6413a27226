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
        return new ProgrammeImpact(changeFile, programme.Id, programme.Product.Name, asOf, markets);
    }

    private static MarketImpact ForMarket(ChangeDescription programme, MasterFileUse use, MarketAssessment market, RuleSet rules, MasterFileChange? change, DateOnly asOf)
    {
        var supplies = market.Evidence.Where(e => e.SatisfiedBy == use.File.Id || e.SuppliedFor.Values.Contains(use.File.Id)).Select(e => e.Kind).ToList();
        var filed = use.File.FilingIn(market.Market) is not null;
        var authorized = use.Authorizations.ContainsKey(market.Market);
        if (change is null)
        {
            return MasterFileChangeDecider.Decide(market.Market, market.Stage, filed, authorized, supplies, new FactSet(new Dictionary<string, FactValue>()), rules, null, asOf);
        }

        // The programme's own facts come from the change that relies on the file (else its first change).
        var subject = programme.Changes.FirstOrDefault(c => MasterFileSubject.Covers(use.File, c, market.Market)) ?? programme.Changes[0];
        var facts = ChangeFacts.For(programme, subject, programme.Product.In(market.Market)!)
            .With(ChangeFacts.ForMasterFile(use, subject, market.Market));
        return MasterFileChangeDecider.Decide(market.Market, market.Stage, filed, authorized, supplies, facts, rules, change, asOf);
    }
}

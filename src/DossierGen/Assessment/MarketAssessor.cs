using DossierGen.Facts;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Assessment;

/// <summary>Assesses every change of a file in one market, then merges the market's evidence and findings (each finding once per market).</summary>
internal static class MarketAssessor
{
    public static MarketAssessment Assess(ChangeDescription description, ProductMarket market, RuleSet rules, DateOnly asOf)
    {
        var scale = ProcedureScale.For(market.Market, market.Stage);
        var inForce = RulesInForce.For(rules, market.Market, market.Stage, asOf);
        var decisions = new List<ChangeDecision>();
        var requests = new List<EvidenceRequestMade>();
        var findings = new List<Finding>();
        foreach (var change in description.Changes)
        {
            var facts = ChangeFacts.For(description, change, market);
            var derived = Registration.RegistrationDeriver.Derive(description.Product, change, market);
            var decision = derived?.NoFilingReason is { } reason
                ? RegistrationOutcome.NoFiling(change, derived, reason, scale, findings)
                : RegistrationOutcome.Apply(Decide(change, facts, inForce, scale, asOf, findings), change, derived, scale, asOf, findings);
            var supplies = MasterFileJudge.Judge(description, change, market.Market, facts, inForce.MasterFile, findings, out var masterFileRules);
            decision = decision with { MasterFileRules = masterFileRules };
            decisions.Add(decision);
            foreach (var rule in decision.AllRules)
            {
                requests.AddRange(rule.Then.Evidence.Select(e => new EvidenceRequestMade(e, change.Id, rule, supplies.GetValueOrDefault(e.Kind))));
            }
        }

        foreach (var rule in decisions.SelectMany(d => d.Rules).Where(r => r.Verify).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            findings.Add(new Finding("warning", rule.Id, $"verify: {rule.Id} rests on a point the fact base marks unconfirmed; check it against {rule.Citations[0]} before filing", null));
        }

        foreach (var code in decisions.SelectMany(d => d.Codes).Where(c => c.Verify).DistinctBy(c => c.Code))
        {
            findings.Add(new Finding("warning", null, $"verify: classification code {code.Code} is not confirmed in the fact base for this change; check the sub-item and its type before filing", null));
        }

        var procedure = decisions.Select(d => d.Procedure).Aggregate(scale.Lightest, scale.Heavier);
        return new MarketAssessment(market.Market, market.Stage, procedure, decisions, EvidenceMerger.Merge(requests, description.Changes), FindingMerger.Merge(findings));
    }

    private static ChangeDecision Decide(Change change, FactSet facts, RulesInForce rules, ProcedureScale scale, DateOnly asOf, List<Finding> findings)
    {
        var fired = rules.Classify.Where(r => ConditionEvaluator.Holds(r.When, facts)).ToList();
        var deciding = fired.Where(r => r.Then.Procedure is not null).ToList();
        string procedure;
        IReadOnlyList<CodeAssignment> codes;
        var unclassified = deciding.Count == 0;
        if (unclassified)
        {
            procedure = scale.Unclassified;
            codes = [];
            var why = scale.Unclassified == scale.Procedures[0] ? "the most burdensome procedure for this stage" : "the regulation's default for an unforeseen change";
            var whyJa = scale.Unclassified == scale.Procedures[0] ? "この段階で最も重い区分" : "予見されない変更に対する規則上の既定の区分";
            findings.Add(new Finding("warning", null, $"no {scale.Market} {StageName(scale)} rule classifies change {change.Id} (kind {change.Kind}); DossierGen assumes {procedure}, {why}, until a rule covers it", change.Id,
                $"変更 {change.Id}（種類 {change.Kind}）を区分する規則がない。規則が定められるまで、DossierGen は {procedure}（{whyJa}）とみなす。"));
        }
        else
        {
            procedure = deciding.Select(r => r.Then.Procedure!).Aggregate(scale.Heavier);
            codes = CodesOf(deciding.Where(r => r.Then.Procedure == procedure), asOf);
        }

        var classified = procedure;
        var adjusting = rules.Adjust.Where(r => ConditionEvaluator.Holds(r.When, facts.With([new("decision.procedure", new FactValue.Text(classified))]))).ToList();
        if (adjusting.Count > 0)
        {
            procedure = adjusting.Select(r => r.Then.Procedure!).Aggregate(scale.Heavier);
            var adjustedCodes = CodesOf(adjusting.Where(r => r.Then.Procedure == procedure), asOf);
            codes = adjustedCodes.Count > 0 ? adjustedCodes : codes;
        }

        var all = fired.Concat(adjusting).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        foreach (var rule in all)
        {
            findings.AddRange(rule.Then.Findings.Select(f => new Finding(f.Severity, rule.Id, f.Message, change.Id, f.MessageJa)));
        }

        return new ChangeDecision(change.Id, procedure, codes, all, classified, unclassified);
    }

    private static List<CodeAssignment> CodesOf(IEnumerable<Rule> rules, DateOnly asOf) =>
        [.. rules.SelectMany(r => r.Then.Codes).Where(c => c.InForceOn(asOf)).DistinctBy(c => c.Code)];

    private static string StageName(ProcedureScale scale) => scale.Stage == Stage.Marketed ? "marketed" : "clinical";
}

using DossierGen.Assessment;
using DossierGen.Facts;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Explain;

/// <summary>
/// Re-evaluates an assessment's rules with full traces, for <c>explain</c>: the conditions each
/// fired rule checked with the actual values, and the rules that nearly fired.
/// </summary>
public static class Explainer
{
    public static IReadOnlyList<ChangeExplanation> Explain(ChangeAssessment assessment, RuleSet rules, Market? market = null, string? change = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(rules);
        var description = assessment.Description;
        var explanations = new List<ChangeExplanation>();
        // By id, so the memo of a file of thousands of changes is explained in linear time.
        var changes = description.Changes.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var marketAssessment in assessment.Markets.Where(m => market is null || m.Market == market))
        {
            var productMarket = description.Product.In(marketAssessment.Market)!;
            var inForce = rules.For(marketAssessment.Market, marketAssessment.Stage).Where(r => r.InForceOn(assessment.AsOf)).ToList();
            foreach (var decision in marketAssessment.Changes.Where(d => change is null || d.Change == change))
            {
                var subject = changes[decision.Change];
                var facts = ChangeFacts.For(description, subject, productMarket);
                var adjustFacts = facts.With([new("decision.procedure", new FactValue.Text(decision.ClassifiedProcedure))]);
                var fired = decision.Rules
                    .Select(r => new RuleTrace(r, ConditionEvaluator.Trace(r.When, r.Phase == RulePhase.Adjust ? adjustFacts : facts)))
                    .Concat(MasterFileTraces(description, subject, marketAssessment.Market, facts, decision))
                    .ToList();
                var nearMisses = inForce
                    .Where(r => r.Subject == RuleSubject.Change && r.Then.Procedure is not null && !decision.Rules.Any(x => x.Id == r.Id))
                    .Select(r => NearMissOf(r, r.Phase == RulePhase.Adjust ? adjustFacts : facts))
                    .OfType<RuleNearMiss>()
                    .ToList();
                explanations.Add(new ChangeExplanation(marketAssessment.Market, marketAssessment.Stage, decision, fired, nearMisses));
            }
        }

        return explanations;
    }

    private static IEnumerable<RuleTrace> MasterFileTraces(ChangeDescription description, Change change, Market market, FactSet facts, ChangeDecision decision)
    {
        foreach (var use in description.MasterFiles.Where(u => MasterFileSubject.Covers(u.File, change, market)))
        {
            var masterFileFacts = facts.With(ChangeFacts.ForMasterFile(use, change, market));
            foreach (var rule in decision.MasterFileRules.Where(r => ConditionEvaluator.Holds(r.When, masterFileFacts)))
            {
                yield return new RuleTrace(rule, ConditionEvaluator.Trace(rule.When, masterFileFacts));
            }
        }
    }

    /// <summary>
    /// A rule is a near miss when exactly one of its top-level conditions fails, and that condition
    /// does not fail on the change's kind (a rule for another kind of change says nothing useful
    /// here, nor does an <c>any</c> whose every branch is for another kind).
    /// </summary>
    private static RuleNearMiss? NearMissOf(Rule rule, FactSet facts)
    {
        var trace = ConditionEvaluator.Trace(rule.When, facts);
        if (trace.Result)
        {
            return null;
        }

        var parts = rule.When is AllCondition ? trace.Children : [trace];
        var failed = parts.Where(p => !p.Result).ToList();
        if (failed.Count != 1 || parts.Count < 2 || KindRelevance.FailsOnKind(failed[0]))
        {
            return null;
        }

        return new RuleNearMiss(rule, failed[0]);
    }
}

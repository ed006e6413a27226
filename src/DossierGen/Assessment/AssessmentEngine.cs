using DossierGen.Comparability;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Assessment;

/// <summary>
/// Decides, per market, the procedure and evidence for a change file. Pure: the same description,
/// rules and date always give the same assessment, and the clock is never read here.
/// </summary>
public static class AssessmentEngine
{
    public static ChangeAssessment Assess(ChangeDescription description, RuleSet rules, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(rules);
        var studies = description.Studies.Select(StudyAnalyzer.Analyze).ToList();
        var markets = description.Markets
            .Select(m => MarketAssessor.Assess(description, description.Product.In(m)!, rules, asOf))
            .Select(m => studies.Count == 0 ? m : ComparabilityEvidence.Apply(m, studies))
            .ToList();
        return new ChangeAssessment(description, asOf, markets) { Comparability = studies, Rules = rules };
    }

    /// <summary>The evaluation date: --as-of, else the change's implementation date, else today (given by the caller).</summary>
    public static DateOnly EvaluationDate(DateOnly? asOf, ChangeDescription description, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(description);
        return asOf ?? description.ImplementationDate ?? today;
    }
}

using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Assessment;

/// <summary>The rules of one market and stage in force on a date, split by what they decide.</summary>
internal sealed record RulesInForce(IReadOnlyList<Rule> Classify, IReadOnlyList<Rule> Adjust, IReadOnlyList<Rule> MasterFile)
{
    public static RulesInForce For(RuleSet rules, Market market, Stage stage, DateOnly asOf)
    {
        var inForce = rules.For(market, stage).Where(r => r.InForceOn(asOf)).ToList();
        return new RulesInForce(
            [.. inForce.Where(r => r.Subject == RuleSubject.Change && r.Phase == RulePhase.Classify)],
            [.. inForce.Where(r => r.Subject == RuleSubject.Change && r.Phase == RulePhase.Adjust)],
            [.. inForce.Where(r => r.Subject == RuleSubject.MasterFile)]);
    }
}

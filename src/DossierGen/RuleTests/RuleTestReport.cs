namespace DossierGen.RuleTests;

/// <param name="Exercised">Ids of the rules that fired in at least one case.</param>
public sealed record RuleTestReport(IReadOnlyList<RuleTestOutcome> Outcomes, IReadOnlyCollection<string> Exercised, int RuleCount)
{
    public int Passed => Outcomes.Count(o => o.Passed);

    public int Failed => Outcomes.Count - Passed;
}

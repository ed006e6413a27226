namespace DossierGen.RuleTests;

/// <param name="Failures">One line per expectation that did not hold; empty when the case passed.</param>
/// <param name="Fired">Every rule that fired for the case's change.</param>
public sealed record RuleTestOutcome(RuleTestFile File, RuleTestCase Case, IReadOnlyList<string> Failures, IReadOnlyList<string> Fired)
{
    public bool Passed => Failures.Count == 0;
}

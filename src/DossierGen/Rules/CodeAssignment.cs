namespace DossierGen.Rules;

/// <summary>An EU classification code a rule applies, in force from/until the given dates (B-codes until 14 Jan 2026, Q-/E-codes after).</summary>
/// <param name="Verify">The code's sub-item or type is not confirmed in the fact base.</param>
public sealed record CodeAssignment(string Code, DateOnly? From, DateOnly? Until, bool Verify)
{
    public bool InForceOn(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);
}

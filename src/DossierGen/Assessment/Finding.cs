namespace DossierGen.Assessment;

/// <param name="Severity">error, warning or info.</param>
/// <param name="Rule">The rule that raised it, or null for the engine's own findings (an unclassified change).</param>
/// <param name="Message">What the user must know.</param>
/// <param name="Change">The change it concerns (the first, when several changes raised the same finding), or null for the whole market.</param>
/// <param name="MessageJa">The message in Japanese, when the rule gives one.</param>
public sealed record Finding(string Severity, string? Rule, string Message, string? Change, string? MessageJa = null)
{
    /// <summary>Every change the finding concerns, in file order: one finding is listed once per market, not once per change.</summary>
    public IReadOnlyList<string> Changes { get; init; } = Change is null ? [] : [Change];
}

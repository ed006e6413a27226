namespace DossierGen.Assessment;

/// <param name="Severity">error, warning or info.</param>
/// <param name="Rule">The rule that raised it, or null for the engine's own findings (an unclassified change).</param>
/// <param name="Change">The change it concerns, or null for the whole market.</param>
public sealed record Finding(string Severity, string? Rule, string Message, string? Change, string? MessageJa = null);

namespace DossierGen.Rules;

/// <param name="Severity">info or warning.</param>
public sealed record FindingTemplate(string Severity, string Message, string? MessageJa = null);

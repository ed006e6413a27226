namespace DossierGen.Rules;

/// <summary>A rule's <c>then</c>.</summary>
/// <param name="Procedure">The filing procedure, or null for a rule that only asks for evidence or says something.</param>
/// <param name="MasterFile">For master-file rules: usable or not-usable; null otherwise.</param>
public sealed record RuleOutcome(
    string? Procedure,
    IReadOnlyList<CodeAssignment> Codes,
    IReadOnlyList<EvidenceRequest> Evidence,
    IReadOnlyList<FindingTemplate> Findings,
    string? MasterFile);

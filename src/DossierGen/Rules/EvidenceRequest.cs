namespace DossierGen.Rules;

/// <param name="Kind">An evidence kind of the vocabulary (analytical-comparability, stability ...).</param>
/// <param name="Purpose">What the evidence must show, in a regulatory reader's words.</param>
public sealed record EvidenceRequest(string Kind, string Purpose);

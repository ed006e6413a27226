using DossierGen.Rules;

namespace DossierGen.Assessment;

/// <summary>One rule's request for one kind of evidence for one change, and the master file that supplies it, if any.</summary>
internal sealed record EvidenceRequestMade(EvidenceRequest Request, string Change, Rule Rule, string? SuppliedBy);

using DossierGen.Diagnostics;

namespace DossierGen.Inputs;

/// <summary>
/// One change of a change file. The kind's own facts (operation, from, potency ...) are in
/// <see cref="Facts"/> by their YAML names, with defaults applied, so rules can address them by
/// name and a new fact needs no new C# property.
/// </summary>
public sealed record Change(
    string Id,
    string Kind,
    string? Material,
    string Summary,
    string? Present,
    string? Proposed,
    string JapanApprovalForm,
    bool InDossier,
    ChangeRisk Risk,
    IReadOnlyDictionary<string, FactValue> Facts,
    SourceLocation Location)
{
    /// <summary>The id of the registered element (product <c>registered:</c>) the change changes, or null.</summary>
    public string? Registered { get; init; }

    /// <summary>The proposed value of the registered element: <c>proposed-value</c>, else the <c>proposed</c> text.</summary>
    public Registration.RegisteredValue? ProposedValue { get; init; }

    public FactValue? Fact(string name) => Facts.GetValueOrDefault(name);
}

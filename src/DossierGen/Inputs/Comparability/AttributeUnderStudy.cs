namespace DossierGen.Inputs.Comparability;

/// <param name="Cqa">A critical quality attribute: only CQAs decide the study's verdict.</param>
/// <param name="Results">Every result given for the attribute, in the study's then the CSV's order; at most one per lot.</param>
public sealed record AttributeUnderStudy(
    string Name,
    string? Method,
    string? Unit,
    bool Cqa,
    ValueTransform Transform,
    Criterion Criterion,
    IReadOnlyList<LotResult> Results);

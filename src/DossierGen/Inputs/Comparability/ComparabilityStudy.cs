namespace DossierGen.Inputs.Comparability;

/// <summary>A comparability study read and checked (contract 1.5), with the results of its CSV merged in.</summary>
/// <param name="Covers">The ids of the changes the study supports.</param>
/// <param name="SourcePath">The study file, as diagnostics name it.</param>
/// <param name="DataPath">The CSV data file, or null when the study has none.</param>
public sealed record ComparabilityStudy(
    string Id,
    string Title,
    IReadOnlyList<string> Covers,
    StudyDesign Design,
    IReadOnlyList<StudyLot> Lots,
    IReadOnlyList<AttributeUnderStudy> Attributes,
    string SourcePath,
    string? DataPath);

using DossierGen.Inputs;

namespace DossierGen.Impact;

/// <summary>One programme (change file) that references the master file.</summary>
public sealed record ProgrammeImpact(string ChangeFile, ChangeDescription Programme, DateOnly AsOf, IReadOnlyList<MarketImpact> Markets);

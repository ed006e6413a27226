namespace DossierGen.Inputs.Comparability;

/// <param name="Pair">The donor or source material of a paired design, else null.</param>
/// <param name="Use">clinical, ppq, engineering, stability, commercial or development, or null.</param>
public sealed record StudyLot(string Id, LotGroup Group, string? Pair, string? Site, string? Scale, DateOnly? Date, string? Use);

using DossierGen.Diagnostics;

namespace DossierGen.Inputs;

/// <summary>A change's reference to a master file, with the authorizations the sponsor holds for it.</summary>
/// <param name="Authorizations">Letter of authorization (US) or MF-use contract (JP) dates by market.</param>
public sealed record MasterFileUse(string Ref, MasterFile File, IReadOnlyDictionary<Market, DateOnly> Authorizations, SourceLocation Location);

using DossierGen.Diagnostics;

namespace DossierGen.Editing;

/// <param name="Hash">The hash of the bytes now on disk: the written ones after a save, the foreign ones after a conflict (null when the file is gone).</param>
public sealed record SaveResult(SaveOutcome Outcome, string? Hash, IReadOnlyList<Diagnostic> Diagnostics);

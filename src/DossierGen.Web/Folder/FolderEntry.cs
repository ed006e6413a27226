using DossierGen.Diagnostics;
using DossierGen.Web.Assessment;

namespace DossierGen.Web.Folder;

/// <summary>One change file as the folder view shows it: assessed, or the faults that stop it; and its drift.</summary>
/// <param name="Drift">"matches", "N files drifted", "no committed dossier" or why it was not compared.</param>
internal sealed record FolderEntry(string RelativePath, AssessedChange? Assessed, IReadOnlyList<Diagnostic> Faults, string Drift, bool Drifted);

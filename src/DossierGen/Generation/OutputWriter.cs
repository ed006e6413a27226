using System.Collections.Concurrent;
using DossierGen.Diagnostics;

namespace DossierGen.Generation;

/// <summary>
/// Writes generated dossiers so that no reader ever sees half of one and no interruption loses
/// one: it first puts each output folder in order after any dead run (<see cref="SwapRecovery"/>),
/// checks that every folder it replaces is one DossierGen wrote (<see cref="DossierFolderGuard"/>),
/// then replaces all of them as one <see cref="SwapTransaction"/>. One writer serves a whole
/// command, including batch's parallel jobs; each output folder is recovered once.
/// </summary>
/// <param name="step">Called after each step of a write, by name (staged:ID, journal, aside:ID, in:ID, committed ...); for tests that interrupt a run there.</param>
public sealed class OutputWriter(Action<string>? step = null)
{
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<Diagnostic>>> _recovered = new(StringComparer.Ordinal);
    private int _sequence;

    /// <summary>Replaces every dossier's folder, or none.</summary>
    /// <param name="inputs">Every file and folder the run reads, which no dossier folder may hold.</param>
    public bool Write(IReadOnlyList<DossierOutput> dossiers, IEnumerable<string> inputs, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (dossiers.Count == 0)
        {
            return true;
        }

        var found = new DiagnosticBag();
        foreach (var directory in dossiers.Select(d => Path.GetFullPath(d.OutputDirectory)).Distinct(StringComparer.Ordinal))
        {
            found.AddRange(_recovered.GetOrAdd(directory, d => new Lazy<IReadOnlyList<Diagnostic>>(() => Recover(d))).Value);
        }

        var read = inputs.ToList();
        foreach (var dossier in dossiers)
        {
            var nested = dossiers.FirstOrDefault(other => !ReferenceEquals(other, dossier) && DossierFolderGuard.IsSameOrInside(Path.GetFullPath(other.OutputDirectory), Path.GetFullPath(dossier.Folder)));
            if (nested is not null)
            {
                found.Error(DiagnosticCodes.DossierFolderNotReplaceable, SourceLocation.StartOf(dossier.Folder), $"the dossier folder of {dossier.ChangeId} would hold the output folder of {nested.ChangeId}; give the changes output folders apart from each other");
            }
            else
            {
                DossierFolderGuard.MayReplace(dossier.Folder, dossier.ChangeId, read, found);
            }
        }

        diagnostics.AddRange(found.Sorted());
        return !found.HasErrors && new SwapTransaction(dossiers, RunOwner.Current, Interlocked.Increment(ref _sequence), step).Run(diagnostics);
    }

    private static IReadOnlyList<Diagnostic> Recover(string directory)
    {
        var found = new DiagnosticBag();
        SwapRecovery.Recover(directory, found);
        return found.Sorted();
    }
}

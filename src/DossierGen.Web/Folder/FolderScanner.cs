using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Review;
using DossierGen.Web.Assessment;
using DossierGen.Web.Hosting;

namespace DossierGen.Web.Folder;

/// <summary>
/// Assesses every change file under the served folder and compares each committed dossier with
/// what generating now would give (as <c>check</c> does: the change's dossiergen.yaml output:,
/// else DIR/out). A change without a committed dossier is not generated at all: nothing to compare.
/// </summary>
internal static class FolderScanner
{
    public static IReadOnlyList<FolderEntry> Scan(WorkbenchState state, DiagnosticBag search)
    {
        var changes = state.Folder.ChangeFiles(search);
        var entries = new List<FolderEntry>();
        foreach (var path in changes)
        {
            var relative = state.Folder.Relative(path);
            var diagnostics = new DiagnosticBag();
            var assessed = ChangeAssessor.Assess(state, relative, path, asOf: null, diagnostics);
            if (assessed is null)
            {
                entries.Add(new FolderEntry(relative, null, diagnostics.Sorted().Where(d => d.Severity == DiagnosticSeverity.Error).ToList(), "not compared (faults)", Drifted: false));
                continue;
            }

            var (drift, drifted) = DriftOf(state, assessed, changes);
            entries.Add(new FolderEntry(relative, assessed, [], drift, drifted));
        }

        return entries;
    }

    private static (string Text, bool Drifted) DriftOf(WorkbenchState state, AssessedChange assessed, IReadOnlyList<string> changes)
    {
        var loaded = assessed.Loaded;
        var output = loaded.Workspace.OutputDirectory ?? Path.Combine(state.Folder.Root, "out");
        if (!Directory.Exists(Path.Combine(output, loaded.Description.Id)))
        {
            return ("no committed dossier", false);
        }

        if (SwapRecovery.UnfinishedSwap(output) is not null)
        {
            return ("not compared: a generate or batch is swapping dossiers there", true);
        }

        var diagnostics = new DiagnosticBag();
        var templates = state.Loader.TemplatesFor(loaded.Workspace, diagnostics);
        var drifts = templates is null ? null : CommittedDossierCheck.Compare(loaded, templates, output, changes, diagnostics, DateOnly.FromDateTime(DateTime.UtcNow));
        return drifts switch
        {
            null => ($"not compared: {(diagnostics.Sorted() is [var first, ..] ? first.Message : "faults")}", true),
            { Count: 0 } => ("matches", false),
            _ => ($"{drifts.Count} file(s) drifted", true),
        };
    }
}

using System.Globalization;
using System.Text.Json;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Pipeline;

namespace DossierGen.Review;

/// <summary>
/// One change of <c>check</c>: regenerates its dossier in memory, as of the date and in the layout
/// the committed one was written with, and compares it with the committed dossier. Used by the
/// check command and by the workbench's folder view.
/// </summary>
public static class CommittedDossierCheck
{
    /// <summary>The drifted files (none when the dossier matches), or null when the change could not be compared (diagnostics say why).</summary>
    /// <param name="output">The folder holding the committed dossiers (dossiergen.yaml output:, else DIR/out).</param>
    /// <param name="otherInputs">Every change file of the run, which no dossier folder may hold.</param>
    public static IReadOnlyList<Drift>? Compare(LoadedChange loaded, Templates.TemplateSet templates, string output, IEnumerable<string> otherInputs, DiagnosticBag diagnostics, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ArgumentNullException.ThrowIfNull(diagnostics);

        // The folders generate would refuse to replace are not compared either: telling the
        // user to regenerate them would be advice generate then refuses.
        var id = loaded.Description.Id;
        if (!DossierFolderGuard.MayReplace(Path.Combine(output, id), id, loaded.InputPaths.Concat(otherInputs), diagnostics))
        {
            return null;
        }

        var date = loaded.Description.ImplementationDate ?? CommittedDate(output, id) ?? today;
        // The dossier is regenerated in the layout it was written in (its manifest records it).
        var layout = DossierManifest.CommittedLayout(Path.Combine(output, id), id) ?? DossierLayout.Markets;
        var files = DossierGenerator.Generate(AssessmentEngine.Assess(loaded.Description, loaded.Rules, date), templates, diagnostics, layout);
        return files is null ? null : DriftChecker.Compare(output, id, files);
    }

    /// <summary>A change without an implementation date was generated as of some day; the committed assessment says which.</summary>
    private static DateOnly? CommittedDate(string output, string changeId)
    {
        var path = Path.Combine(output, changeId, "assessment.json");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return DateOnly.TryParseExact(json.RootElement.GetProperty("asOf").GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}

using DossierGen.Diagnostics;
using DossierGen.Yaml;

namespace DossierGen.Inputs.Comparability;

/// <summary>Reads the studies a change file lists under <c>comparability:</c>, each once.</summary>
internal static class StudyListReader
{
    public static IReadOnlyList<ComparabilityStudy> Read(YamlMapping root, string changePath, InputSources sources, IReadOnlyCollection<string> changeIds, DiagnosticBag diagnostics)
    {
        var studies = new List<ComparabilityStudy>();
        var files = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var reference in YamlAccess.Items(root, "comparability").OfType<YamlScalar>())
        {
            if (reference.Kind != YamlScalarKind.Text || reference.Value.Length == 0)
            {
                continue;
            }

            var path = ReferencedPath.ResolveExisting(reference, changePath, sources, "comparability study", DiagnosticCodes.StudyFileNotFound, diagnostics);
            if (path is null)
            {
                continue;
            }

            if (!files.TryAdd(Path.GetFullPath(path), reference.Location))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateStudy, reference.Location, $"comparability study '{reference.Value}' is listed twice (first at line {files[Path.GetFullPath(path)].Line})");
                continue;
            }

            var study = ComparabilityReader.ReadFile(path, sources, changeIds, diagnostics, reference.Location);
            if (study is null)
            {
                continue;
            }

            if (!ids.TryAdd(study.Id, reference.Location))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateStudy, reference.Location, $"study id '{study.Id}' is also the id of the study at line {ids[study.Id].Line}; each study needs its own id");
                continue;
            }

            studies.Add(study);
        }

        return studies;
    }
}

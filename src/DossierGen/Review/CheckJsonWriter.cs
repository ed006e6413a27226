using DossierGen.Diagnostics;
using DossierGen.Formats;

namespace DossierGen.Review;

/// <summary>
/// <c>check --format json</c> (<c>dossiergen/check@1</c>), for CI systems that read results rather
/// than lines: whether the dossiers match, each drifted file with its state and causes, and every
/// diagnostic with its place. Paths are relative to the current folder, with forward slashes.
/// </summary>
public static class CheckJsonWriter
{
    public static string Write(int changeFiles, IReadOnlyList<Drift> drifts, IEnumerable<Diagnostic> diagnostics, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(drifts);
        ArgumentNullException.ThrowIfNull(diagnostics);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", "dossiergen/check@1");
            json.WriteNumber("changeFiles", changeFiles);
            var list = diagnostics.ToList();
            json.WriteString("result", list.Exists(d => d.Severity == DiagnosticSeverity.Error) ? "invalid" : drifts.Count > 0 ? "drifted" : "match");
            json.WriteStartArray("drifts");
            foreach (var drift in drifts)
            {
                json.WriteStartObject();
                json.WriteString("path", Relative(drift.Path, currentDirectory));
                json.WriteString("state", drift.State);
                json.WriteStrings("causes", drift.Causes);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in list)
            {
                json.WriteStartObject();
                json.WriteString("file", Relative(diagnostic.Location.Path, currentDirectory));
                json.WriteNumber("line", diagnostic.Location.Line);
                json.WriteNumber("column", diagnostic.Location.Column);
                json.WriteString("severity", diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning");
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static string Relative(string path, string currentDirectory) => Path.GetRelativePath(currentDirectory, path).Replace('\\', '/');
}

using System.Text.Json.Nodes;
using DossierGen.Diagnostics;
using DossierGen.Editing;
using DossierGen.Web.Folder;
using DossierGen.Web.Pages;

namespace DossierGen.Web.Editor;

/// <summary>The editor's answers as JSON: diagnostics with the key each concerns, places relative to the served folder.</summary>
internal static class EditorJson
{
    public static JsonArray Diagnostics(IEnumerable<EditorDiagnostic> diagnostics, WorkspaceFolder folder) =>
        [.. diagnostics.Select(d => (JsonNode)new JsonObject
        {
            ["code"] = d.Diagnostic.Code,
            ["severity"] = d.Diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning",
            ["message"] = Hide(d.Diagnostic.Message, folder),
            ["place"] = DiagnosticList.Place(d.Diagnostic.Location, folder),
            ["line"] = d.Diagnostic.Location.Line,
            ["column"] = d.Diagnostic.Location.Column,
            ["keyPath"] = d.KeyPath,
        })];

    /// <summary>A message with the server's own path of the served folder left out: the page shows paths relative to it.</summary>
    public static string Hide(string message, WorkspaceFolder folder)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(folder);
        return message.Replace(folder.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(folder.Root, ".", StringComparison.Ordinal);
    }
}

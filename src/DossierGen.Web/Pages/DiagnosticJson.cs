using System.Text.Json.Nodes;
using DossierGen.Diagnostics;
using DossierGen.Web.Folder;
using DossierGen.Web.Hosting;

namespace DossierGen.Web.Pages;

/// <summary>The reader's diagnostics as JSON for scripts: <c>{"diagnostics":[{severity, code, message, path, line, column}]}</c>, paths relative to the served folder.</summary>
public static class DiagnosticJson
{
    public static JsonArray Array(DiagnosticBag diagnostics, WorkspaceFolder folder)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(folder);
        var list = new JsonArray();
        foreach (var d in diagnostics.Sorted())
        {
            list.Add(new JsonObject
            {
                ["severity"] = d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                ["code"] = d.Code,
                ["message"] = d.Message,
                ["path"] = DiagnosticList.Place(d.Location with { Line = 0 }, folder),
                ["line"] = d.Location.Line,
                ["column"] = d.Location.Column,
            });
        }

        return list;
    }

    public static string Write(DiagnosticBag diagnostics, WorkspaceFolder folder) =>
        new JsonObject { ["diagnostics"] = Array(diagnostics, folder) }.ToJsonString(JsonText.Options);
}

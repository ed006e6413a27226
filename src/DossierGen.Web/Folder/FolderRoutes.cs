using System.Globalization;
using System.Text;
using DossierGen.Diagnostics;
using DossierGen.Web.Assessment;
using DossierGen.Web.Hosting;
using DossierGen.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Folder;

/// <summary>The folder view, <c>/</c>: every change file under the served folder with its markets' procedures and drift.</summary>
internal static class FolderRoutes
{
    public static void Map(WebApplication app, WorkbenchState state) =>
        app.MapGet("/", context => FolderPageAsync(context, state));

    private static async Task FolderPageAsync(HttpContext context, WorkbenchState state)
    {
        var search = new DiagnosticBag();
        var entries = FolderScanner.Scan(state, search);
        var rows = new StringBuilder();
        foreach (var entry in entries)
        {
            rows.Append(Row(entry, state));
        }

        var body = entries.Count == 0
            ? "<p>No change file (format: dossiergen/change@1) under this folder.</p>"
            : $"""
              <table class="grid folder" aria-label="Change files">
              <thead><tr><th scope="col">Change</th><th scope="col">File</th><th scope="col">US</th><th scope="col">EU</th><th scope="col">JP</th><th scope="col">Committed dossier</th></tr></thead>
              <tbody>
              {rows}</tbody></table>
              """;
        var page = PageLayout.Render("Folder", $"""
            <h1>Changes under {Html.Text(state.Folder.Root)}</h1>
            {body}
            {DiagnosticList.Render(search, state.Folder)}
            """);
        await Html.WritePageAsync(context, page).ConfigureAwait(false);
    }

    private static string Row(FolderEntry entry, WorkbenchState state)
    {
        var link = $"/assessment?path={Html.Query(entry.RelativePath)}";
        var drift = $"<td class=\"{(entry.Drifted ? "drift-drifted" : entry.Drift == "matches" ? "drift-clean" : "drift-none")}\">{Html.Text(entry.Drift)}</td>";
        if (entry.Assessed is not { } assessed)
        {
            var faults = string.Join("; ", entry.Faults.Take(3).Select(f => $"{f.Code} {DiagnosticList.Place(f.Location, state.Folder)}: {f.Message}"));
            return $"<tr><td>faults</td><td><a href=\"{Html.Attribute(link)}\">{Html.Text(entry.RelativePath)}</a></td><td colspan=\"3\" class=\"error\">{Html.Text(faults)}</td>{drift}</tr>\n";
        }

        var description = assessed.Assessment.Description;
        var cells = new StringBuilder();
        foreach (var market in new[] { Inputs.Market.US, Inputs.Market.EU, Inputs.Market.JP })
        {
            var found = assessed.Assessment.Markets.FirstOrDefault(m => m.Market == market);
            cells.Append(found is null
                ? "<td class=\"muted\">—</td>"
                : string.Create(CultureInfo.InvariantCulture, $"<td class=\"{BurdenColour.ClassOf(found.Market, found.Stage, found.Procedure)}\">{Html.Text(found.Procedure)}</td>"));
        }

        return $"<tr><td><a href=\"{Html.Attribute(link)}\"><span class=\"code\">{Html.Text(description.Id)}</span></a><br><span class=\"muted\">{Html.Text(description.Title)}</span></td><td>{Html.Text(entry.RelativePath)}</td>{cells}{drift}</tr>\n";
    }
}

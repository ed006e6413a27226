using System.Globalization;
using System.Text;
using DossierGen.Diagnostics;
using DossierGen.Web.Hosting;
using DossierGen.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Folder;

/// <summary>The folder view, <c>/</c>: every change file under the served folder.</summary>
internal static class FolderRoutes
{
    public static void Map(WebApplication app, WorkbenchState state) =>
        app.MapGet("/", context => FolderPageAsync(context, state));

    private static async Task FolderPageAsync(HttpContext context, WorkbenchState state)
    {
        var diagnostics = new DiagnosticBag();
        var files = state.Folder.ChangeFiles(diagnostics);
        var rows = new StringBuilder();
        foreach (var file in files)
        {
            var relative = state.Folder.Relative(file);
            rows.Append(CultureInfo.InvariantCulture, $"""<tr><td><a href="/assessment?path={Html.Query(relative)}">{Html.Text(relative)}</a></td></tr>""").Append('\n');
        }

        var page = PageLayout.Render("Folder", $"""
            <h1>Changes under {Html.Text(state.Folder.Root)}</h1>
            <table class="grid"><thead><tr><th scope="col">Change file</th></tr></thead>
            <tbody>
            {rows}</tbody></table>
            {DiagnosticList.Render(diagnostics, state.Folder)}
            """);
        await Html.WritePageAsync(context, page).ConfigureAwait(false);
    }
}

using System.Globalization;
using System.Text;
using DossierGen.Diagnostics;
using DossierGen.Web.Folder;

namespace DossierGen.Web.Pages;

/// <summary>The reader's diagnostics as a list: code, place relative to the served folder, message.</summary>
public static class DiagnosticList
{
    public static string Render(DiagnosticBag diagnostics, WorkspaceFolder folder)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(folder);
        var sorted = diagnostics.Sorted();
        if (sorted.Count == 0)
        {
            return "";
        }

        var items = new StringBuilder();
        foreach (var d in sorted)
        {
            items.Append(CultureInfo.InvariantCulture, $"""<li class="{(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")}"><span class="code">{Html.Text(d.Code)}</span> <span class="where">{Html.Text(Place(d.Location, folder))}</span> {Html.Text(d.Message)}</li>""").Append('\n');
        }

        return $"""<ul class="diagnostics" aria-label="Diagnostics">{items}</ul>""";
    }

    /// <summary>Where a diagnostic points, relative to the served folder when it lies inside it (the server's own paths stay off the page).</summary>
    public static string Place(SourceLocation location, WorkspaceFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = Path.IsPathRooted(location.Path) && folder.IsInside(Path.GetFullPath(location.Path)) ? folder.Relative(location.Path) : Path.GetFileName(location.Path);
        return location.Line > 0 ? $"{path}({location.Line},{location.Column})" : path;
    }
}

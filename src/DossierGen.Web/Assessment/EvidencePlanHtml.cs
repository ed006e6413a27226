using System.Globalization;
using System.Text;
using DossierGen.Exports;
using DossierGen.Web.Pages;

namespace DossierGen.Web.Assessment;

/// <summary>
/// The evidence plan as the tracker exports have it (one row per market, evidence and change; what
/// it must show; who supplies it), shown without the tracker's empty owner/due/status columns.
/// </summary>
internal static class EvidencePlanHtml
{
    private static readonly string[] Shown = ["Market", "Change", "Evidence", "What it must show", "Supplied by", "Study verdict", "Unconfirmed"];

    public static string Render(AssessedChange assessed)
    {
        var table = AssessmentExport.EvidencePlan(assessed.Assessment);
        var columns = Shown.Select(name => table.Columns.ToList().IndexOf(name)).ToList();
        if (table.Rows.Count == 0)
        {
            return "<p>No market asks for evidence beyond the dossier sections.</p>";
        }

        var head = string.Concat(Shown.Select(c => $"<th scope=\"col\">{Html.Text(c)}</th>"));
        var rows = new StringBuilder();
        foreach (var row in table.Rows)
        {
            rows.Append("<tr>");
            foreach (var column in columns)
            {
                var text = Html.Text(row[column]).Replace("\n", "<br>", StringComparison.Ordinal);
                rows.Append(CultureInfo.InvariantCulture, $"<td>{text}</td>");
            }

            rows.Append("</tr>\n");
        }

        return $"""
            <table class="grid evidence" aria-label="Evidence plan">
            <thead><tr>{head}</tr></thead>
            <tbody>
            {rows}</tbody></table>
            """;
    }
}

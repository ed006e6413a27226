using DossierGen.Web.Assessment;
using DossierGen.Web.Pages;

namespace DossierGen.Web.Documents;

/// <summary>The assessment page's documents section: generate, and the downloads that need no generating.</summary>
internal static class DocumentsPanel
{
    public static string Render(AssessedChange assessed)
    {
        var path = Html.Query(assessed.RelativePath);
        var asOf = $"{assessed.Assessment.AsOf:yyyy-MM-dd}";
        return $"""
            <section aria-labelledby="h-documents"><h2 id="h-documents">Documents</h2>
            <form method="post" action="/documents/generate" data-inplace>
            <input type="hidden" name="path" value="{Html.Attribute(assessed.RelativePath)}">
            <input type="hidden" name="as-of" value="{asOf}">
            <button type="submit" class="primary">Generate the dossier</button>
            <span role="status" aria-live="polite"></span>
            </form>
            <p><a href="/documents?path={path}&amp;as-of={asOf}">Generated documents</a> ·
            <a href="/documents/evidence-plan.xlsx?path={path}&amp;as-of={asOf}" download>Evidence plan (.xlsx)</a> ·
            <a href="/documents/evidence-plan.csv?path={path}&amp;as-of={asOf}" download>Evidence plan (.csv)</a> ·
            <a href="/api/assessment?path={path}&amp;as-of={asOf}">Assessment JSON</a> ·
            <a href="/documents/change.yaml?path={path}" download>Change file (YAML)</a></p>
            </section>
            """;
    }
}

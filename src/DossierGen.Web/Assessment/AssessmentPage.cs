using DossierGen.Diagnostics;
using DossierGen.Web.Hosting;
using DossierGen.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Assessment;

/// <summary>
/// The assessment view of one change file: the matrix, the evidence plan, comparability, findings,
/// verify items, and what can be generated and downloaded.
/// </summary>
internal static class AssessmentPage
{
    public static string Render(AssessedChange assessed, string documents)
    {
        var description = assessed.Assessment.Description;
        return PageLayout.Render($"{description.Id} assessment", $"""
            <p><a href="/">← Folder</a> · <a href="/edit?path={Html.Query(assessed.RelativePath)}">Edit this change</a></p>
            <h1><span class="code">{Html.Text(description.Id)}</span> {Html.Text(description.Title)}</h1>
            <p class="muted">{Html.Text(assessed.RelativePath)} · product {Html.Text(description.Product.Name)} · rules as of {assessed.Assessment.AsOf:yyyy-MM-dd}</p>
            <section aria-labelledby="h-matrix"><h2 id="h-matrix">Procedures</h2>
            {DecisionMatrix.Render(assessed)}
            </section>
            <section aria-labelledby="h-evidence"><h2 id="h-evidence">Evidence plan</h2>
            {EvidencePlanHtml.Render(assessed)}
            </section>
            <section aria-labelledby="h-comparability"><h2 id="h-comparability">Comparability</h2>
            {ComparabilityHtml.Render(assessed)}
            </section>
            <section aria-labelledby="h-findings"><h2 id="h-findings">Findings</h2>
            {FindingsHtml.Findings(assessed)}
            </section>
            <section aria-labelledby="h-verify"><h2 id="h-verify">To verify</h2>
            {FindingsHtml.VerifyItems(assessed)}
            </section>
            {documents}
            """);
    }

    /// <summary>A change file the reader refused: its diagnostics, in a page or as JSON (the status is already set).</summary>
    public static async Task WriteFaultsAsync(HttpContext context, WorkbenchState state, DiagnosticBag diagnostics)
    {
        if (ErrorResponse.WantsJson(context.Request))
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(DiagnosticJson.Write(diagnostics, state.Folder), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var page = PageLayout.Render("Faults in the change file", $"""
            <p><a href="/">← Folder</a> · <a href="/edit?path={Html.Query(context.Request.Query["path"].ToString())}">Fix it in the editor</a></p>
            <h1>The change file cannot be assessed</h1>
            <section class="error" role="alert">
            {DiagnosticList.Render(diagnostics, state.Folder)}
            </section>
            """);
        await Html.WritePageAsync(context, page).ConfigureAwait(false);
    }
}

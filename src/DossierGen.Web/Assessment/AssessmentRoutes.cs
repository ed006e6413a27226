using DossierGen.Assessment;
using DossierGen.Web.Documents;
using DossierGen.Web.Hosting;
using DossierGen.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Assessment;

/// <summary>
/// <c>/assessment?path=</c>, the assessment view, and <c>/api/assessment?path=</c>, the contract's
/// assessment JSON (what <c>assess --format json</c> writes) for scripts and the editor.
/// </summary>
internal static class AssessmentRoutes
{
    public static void Map(WebApplication app, WorkbenchState state)
    {
        app.MapGet("/assessment", context => PageAsync(context, state));
        app.MapGet("/api/assessment", context => JsonAsync(context, state));
    }

    private static async Task PageAsync(HttpContext context, WorkbenchState state)
    {
        var assessed = await ChangeAssessor.AssessAsync(context, state, d => AssessmentPage.WriteFaultsAsync(context, state, d)).ConfigureAwait(false);
        if (assessed is not null)
        {
            await Html.WritePageAsync(context, AssessmentPage.Render(assessed, DocumentsPanel.Render(assessed))).ConfigureAwait(false);
        }
    }

    private static async Task JsonAsync(HttpContext context, WorkbenchState state)
    {
        var assessed = await ChangeAssessor.AssessAsync(context, state, d => AssessmentPage.WriteFaultsAsync(context, state, d)).ConfigureAwait(false);
        if (assessed is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(AssessmentJsonWriter.Write(assessed.Assessment), context.RequestAborted).ConfigureAwait(false);
        }
    }
}

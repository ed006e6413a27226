using DossierGen.Diagnostics;
using DossierGen.Explain;
using DossierGen.Inputs;
using DossierGen.Web.Hosting;
using DossierGen.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Assessment;

/// <summary><c>/explain?path=&amp;market=&amp;change=</c>: why one change got its procedure in one market.</summary>
internal static class ExplanationRoutes
{
    public static void Map(WebApplication app, WorkbenchState state) =>
        app.MapGet("/explain", context => ExplainAsync(context, state));

    public static string Link(AssessedChange assessed, Market market, string change) =>
        $"/explain?path={Html.Query(assessed.RelativePath)}&market={market}&change={Html.Query(change)}{AsOfQuery(assessed)}";

    /// <summary>The as-of date travels with links, so an explanation explains the decision shown.</summary>
    public static string AsOfQuery(AssessedChange assessed) => $"&as-of={assessed.Assessment.AsOf:yyyy-MM-dd}";

    private static async Task ExplainAsync(HttpContext context, WorkbenchState state)
    {
        var assessed = await ChangeAssessor.AssessAsync(context, state, d => AssessmentPage.WriteFaultsAsync(context, state, d)).ConfigureAwait(false);
        if (assessed is null)
        {
            return;
        }

        var marketText = context.Request.Query["market"].ToString();
        var change = context.Request.Query["change"].ToString();
        if (!Enum.TryParse<Market>(marketText, ignoreCase: false, out var market) || !Enum.IsDefined(market))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.BadRequest, $"market '{marketText}' is not one of US, EU, JP").ConfigureAwait(false);
            return;
        }

        var explanations = Explainer.Explain(assessed.Assessment, assessed.Loaded.Rules, market, change);
        var explanation = explanations.Count == 0 ? null : explanations[0];
        if (explanation is null)
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, DiagnosticCodes.NotFound, $"the change file has no change '{change}' assessed in {market}").ConfigureAwait(false);
            return;
        }

        var back = $"/assessment?path={Html.Query(assessed.RelativePath)}{AsOfQuery(assessed)}";
        var page = PageLayout.Render($"Why {explanation.Decision.Procedure}: {change} in {market}", $"""
            <p><a href="{Html.Attribute(back)}">← Assessment of {Html.Text(assessed.Assessment.Description.Id)}</a></p>
            <h1>Why {Html.Text(explanation.Decision.Procedure)} for {Html.Text(change)} in {market}</h1>
            <p class="muted">Rules as of {assessed.Assessment.AsOf:yyyy-MM-dd}.</p>
            <section class="explanation" aria-label="Explanation">
            {ExplanationHtml.Render(explanation, assessed.Loaded.Workspace.RulesDirectory)}
            </section>
            """);
        await Html.WritePageAsync(context, page).ConfigureAwait(false);
    }
}

using System.Text;
using System.Text.Json.Nodes;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Editing;
using DossierGen.Web.Hosting;
using DossierGen.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Assessment;

/// <summary>
/// <c>POST /api/assess?path=REL[&amp;as-of=]</c>, the body the change file's text as the editor
/// holds it: the contract's assessment JSON of that text (nothing is written), or 422 with the
/// reader's diagnostics, each with the key path it concerns so the editor shows it beside its field.
/// The file need not exist yet, but its place must be inside the served folder: relative paths in
/// it (the product, the studies) are read from there.
/// </summary>
internal static class ReassessRoute
{
    public static void Map(WebApplication app, WorkbenchState state) =>
        app.MapPost("/api/assess", context => ReassessAsync(context, state));

    private static async Task ReassessAsync(HttpContext context, WorkbenchState state)
    {
        var relative = context.Request.Query["path"].ToString();
        if (!state.Folder.TryResolve(relative, out var path, out var outside))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.PathOutsideServedFolder, outside).ConfigureAwait(false);
            return;
        }

        if (!relative.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !relative.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.BadRequest, $"'{relative}' is not a YAML file").ConfigureAwait(false);
            return;
        }

        var asOfText = context.Request.Query["as-of"].ToString();
        if (!ChangeAssessor.TryParseAsOf(asOfText, out var asOf))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.BadRequest, $"as-of '{asOfText}' is not a date written YYYY-MM-DD").ConfigureAwait(false);
            return;
        }

        string text;
        using (var reader = new StreamReader(context.Request.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)))
        {
            try
            {
                text = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
            }
            catch (DecoderFallbackException)
            {
                await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.BadRequest, "the change text is not valid UTF-8").ConfigureAwait(false);
                return;
            }
        }

        var diagnostics = new DiagnosticBag();
        var assessed = ChangeAssessor.Assess(state, relative, path, asOf, diagnostics, text);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        if (assessed is null)
        {
            context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            var list = DiagnosticJson.Array(diagnostics, state.Folder);
            var located = EditorCheck.Locate(path, text, diagnostics.Sorted());
            for (var i = 0; i < list.Count && i < located.Count; i++)
            {
                list[i]!["keyPath"] = located[i].KeyPath;
            }

            await context.Response.WriteAsync(new JsonObject { ["diagnostics"] = list }.ToJsonString(JsonText.Options), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await context.Response.WriteAsync(AssessmentJsonWriter.Write(assessed.Assessment), context.RequestAborted).ConfigureAwait(false);
    }
}

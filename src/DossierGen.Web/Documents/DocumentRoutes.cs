using System.Text;
using DossierGen.Diagnostics;
using DossierGen.Exports;
using DossierGen.Web.Assessment;
using DossierGen.Web.Hosting;
using DossierGen.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace DossierGen.Web.Documents;

/// <summary>
/// Generating a dossier from the page (a POST, behind the token gate's origin check) and
/// everything downloadable: each generated file, the whole dossier as a zip, a section's preview,
/// the evidence plan as .xlsx and .csv, and the change file itself.
/// </summary>
internal static class DocumentRoutes
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Map(WebApplication app, WorkbenchState state)
    {
        var dossiers = new GeneratedDossiers(state.OutputRoot);
        app.MapPost("/documents/generate", context => GenerateAsync(context, state, dossiers));
        app.MapGet("/documents", context => ListAsync(context, state, dossiers));
        app.MapGet("/documents/preview", context => PreviewAsync(context, state, dossiers));
        app.MapGet("/documents/file", context => FileAsync(context, state, dossiers));
        app.MapGet("/documents/dossier.zip", context => ZipAsync(context, state, dossiers));
        app.MapGet("/documents/evidence-plan.xlsx", context => WithAssessment(context, state, a =>
            SendAsync(context, XlsxExport.Write([AssessmentExport.EvidencePlan(a.Assessment), AssessmentExport.Decisions(a.Assessment)], a.Assessment.AsOf), $"{a.Assessment.Description.Id}-evidence-plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
        app.MapGet("/documents/evidence-plan.csv", context => WithAssessment(context, state, a =>
            SendAsync(context, Utf8.GetBytes(CsvExport.Write(AssessmentExport.EvidencePlan(a.Assessment))), $"{a.Assessment.Description.Id}-evidence-plan.csv", "text/csv; charset=utf-8")));
        app.MapGet("/documents/change.yaml", context => WithAssessment(context, state, a =>
            SendAsync(context, File.ReadAllBytes(a.Loaded.Description.SourcePath), Path.GetFileName(a.Loaded.Description.SourcePath), "application/yaml; charset=utf-8")));
    }

    private static async Task GenerateAsync(HttpContext context, WorkbenchState state, GeneratedDossiers dossiers)
    {
        if (!context.Request.HasFormContentType)
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, DiagnosticCodes.BadRequest, "generate takes a form (path, as-of)").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var assessed = await ChangeAssessor.AssessAsync(context, state, form["path"].ToString(), form["as-of"].ToString(), d => AssessmentPage.WriteFaultsAsync(context, state, d)).ConfigureAwait(false);
        if (assessed is null)
        {
            return;
        }

        var diagnostics = new DiagnosticBag();
        var templates = state.Loader.TemplatesFor(assessed.Loaded.Workspace, diagnostics);
        if (templates is null || !dossiers.Generate(assessed, templates, diagnostics))
        {
            context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await AssessmentPage.WriteFaultsAsync(context, state, diagnostics).ConfigureAwait(false);
            return;
        }

        var list = ListLink(assessed);
        if (ErrorResponse.WantsJson(context.Request))
        {
            var count = dossiers.Files(assessed.RelativePath, assessed.Assessment.Description.Id).Count;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(new System.Text.Json.Nodes.JsonObject { ["redirect"] = list, ["message"] = $"{count} files generated" }.ToJsonString(JsonText.Options), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        context.Response.Redirect(list);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
    }

    private static Task ListAsync(HttpContext context, WorkbenchState state, GeneratedDossiers dossiers) => WithAssessment(context, state, assessed =>
        Html.WritePageAsync(context, DocumentPages.List(assessed, dossiers.Files(assessed.RelativePath, assessed.Assessment.Description.Id))));

    private static Task PreviewAsync(HttpContext context, WorkbenchState state, GeneratedDossiers dossiers) => WithGeneratedFile(context, state, dossiers, async (assessed, file, bytes) =>
    {
        if (!file.EndsWith(".md", StringComparison.Ordinal))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.BadRequest, "only a section's Markdown twin (.md) has a preview").ConfigureAwait(false);
            return;
        }

        await Html.WritePageAsync(context, DocumentPages.Preview(assessed, file, Utf8.GetString(bytes))).ConfigureAwait(false);
    });

    private static Task FileAsync(HttpContext context, WorkbenchState state, GeneratedDossiers dossiers) => WithGeneratedFile(context, state, dossiers, (_, file, bytes) =>
        SendAsync(context, bytes, Path.GetFileName(file), ContentTypeOf(file)));

    private static Task ZipAsync(HttpContext context, WorkbenchState state, GeneratedDossiers dossiers) => WithAssessment(context, state, async assessed =>
    {
        var id = assessed.Assessment.Description.Id;
        var files = dossiers.Files(assessed.RelativePath, id);
        if (files.Count == 0)
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, DiagnosticCodes.NotFound, "generate the dossier first").ConfigureAwait(false);
            return;
        }

        await SendAsync(context, DossierZip.Write(id, files, f => dossiers.Read(assessed.RelativePath, id, f)), $"{id}.zip", "application/zip").ConfigureAwait(false);
    });

    private static Task WithGeneratedFile(HttpContext context, WorkbenchState state, GeneratedDossiers dossiers, Func<AssessedChange, string, byte[], Task> then) => WithAssessment(context, state, async assessed =>
    {
        var file = context.Request.Query["file"].ToString();
        if (dossiers.Read(assessed.RelativePath, assessed.Assessment.Description.Id, file) is not { } bytes)
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, DiagnosticCodes.NotFound, $"no generated file '{file}' for this change file; generate the dossier first").ConfigureAwait(false);
            return;
        }

        await then(assessed, file, bytes).ConfigureAwait(false);
    });

    private static async Task WithAssessment(HttpContext context, WorkbenchState state, Func<AssessedChange, Task> then)
    {
        var assessed = await ChangeAssessor.AssessAsync(context, state, d => AssessmentPage.WriteFaultsAsync(context, state, d)).ConfigureAwait(false);
        if (assessed is not null)
        {
            await then(assessed).ConfigureAwait(false);
        }
    }

    internal static string ListLink(AssessedChange assessed) => $"/documents?path={Html.Query(assessed.RelativePath)}{ExplanationRoutes.AsOfQuery(assessed)}";

    private static async Task SendAsync(HttpContext context, byte[] bytes, string name, string contentType)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = bytes.Length;
        context.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = name }.ToString();
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".md" => "text/markdown; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}

using System.Diagnostics;
using System.Text.Json.Nodes;
using DossierGen.Diagnostics;
using DossierGen.Editing;
using DossierGen.Web.Hosting;
using DossierGen.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Editor;

/// <summary>
/// The change editor: <c>/edit?path=</c> is the page; its script opens the file, posts every edit
/// to be checked (and a change re-assessed), and saves with the hash it opened the file with.
/// Every path goes through the served folder's checks; posts pass the token gate's origin check.
/// </summary>
internal static class EditorRoutes
{
    public static void Map(WebApplication app, WorkbenchState state)
    {
        var service = new EditorService(state);
        app.MapGet("/edit", context => PageAsync(context, state));
        app.MapGet("/api/editor/open", context => OpenAsync(context, state, service));
        app.MapPost("/api/editor/check", context => CheckAsync(context, state, service));
        app.MapPost("/api/editor/save", context => SaveAsync(context, state));
        app.MapPost("/api/editor/paste", PasteAsync);
    }

    private static async Task PageAsync(HttpContext context, WorkbenchState state)
    {
        var relative = context.Request.Query["path"].ToString();
        if (!Resolve(state, relative, out _, out var problem))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.PathOutsideServedFolder, problem).ConfigureAwait(false);
            return;
        }

        await Html.WritePageAsync(context, EditorPage.Render(relative, context.Request.Query["format"].ToString())).ConfigureAwait(false);
    }

    private static async Task OpenAsync(HttpContext context, WorkbenchState state, EditorService service)
    {
        var relative = context.Request.Query["path"].ToString();
        if (!Resolve(state, relative, out var path, out var problem))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.PathOutsideServedFolder, problem).ConfigureAwait(false);
            return;
        }

        var diagnostics = new DiagnosticBag();
        var file = EditorFiles.Open(path, diagnostics);
        var opened = file is null ? null : EditorService.Values(file, context.Request.Query["format"].ToString(), diagnostics);
        if (file is null || opened is not { } values)
        {
            var first = diagnostics.Sorted()[0];
            await ErrorResponse.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, first.Code, EditorJson.Hide(first.Message, state.Folder)).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var check = service.Check(file, values.Values);
        var body = Answer(state, check, started);
        body["path"] = relative;
        body["format"] = values.Format;
        body["hash"] = file.Hash;
        body["isNew"] = file.Hash == EditorFiles.Absent;
        body["values"] = values.Values;
        body["form"] = JsonNode.Parse(FormJsonWriter.Write(values.Format, EditableFormats.FormOf(values.Format)!))!["form"]!.DeepClone();
        await WriteJsonAsync(context, StatusCodes.Status200OK, body).ConfigureAwait(false);
    }

    private static async Task CheckAsync(HttpContext context, WorkbenchState state, EditorService service)
    {
        var started = Stopwatch.GetTimestamp();
        var request = await RequestAsync(context, state).ConfigureAwait(false);
        if (request is not { } r)
        {
            return;
        }

        var diagnostics = new DiagnosticBag();
        var file = EditorFiles.Open(r.Path, diagnostics);
        if (file is null)
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, diagnostics.Sorted()[0].Code, EditorJson.Hide(diagnostics.Sorted()[0].Message, state.Folder)).ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, Answer(state, service.Check(file, r.Values), started)).ConfigureAwait(false);
    }

    private static async Task SaveAsync(HttpContext context, WorkbenchState state)
    {
        var request = await RequestAsync(context, state).ConfigureAwait(false);
        if (request is not { } r)
        {
            return;
        }

        if (r.Hash is null)
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.BadRequest, "a save names the hash the file was opened with; reload the editor").ConfigureAwait(false);
            return;
        }

        var result = FormSave.Save(r.Path, r.Hash, r.Values);
        if (result.Outcome != SaveOutcome.Saved)
        {
            var first = result.Diagnostics[0];
            var status = result.Outcome == SaveOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            await ErrorResponse.WriteAsync(context, status, first.Code, EditorJson.Hide(first.Message, state.Folder)).ConfigureAwait(false);
            return;
        }

        await WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject { ["hash"] = result.Hash, ["message"] = "Saved." }).ConfigureAwait(false);
    }

    /// <summary>Cells pasted from a spreadsheet into a study's results table, returned as the study's new values.</summary>
    private static async Task PasteAsync(HttpContext context)
    {
        var request = await EditorRequest.ReadAsync(context.Request).ConfigureAwait(false);
        if (request?.Values is not { } study || request.Pasted is not { } pasted)
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.BadRequest, "a paste posts JSON with the study's values and the pasted cells").ConfigureAwait(false);
            return;
        }

        var lots = Names(study, "lots", "id");
        var attributes = Names(study, "attributes", "name");
        var diagnostics = new DiagnosticBag();
        var results = ResultsPaste.Parse(pasted, lots, attributes, diagnostics);
        if (results is null)
        {
            var body = new JsonObject
            {
                ["error"] = new JsonObject { ["status"] = 400, ["code"] = diagnostics.Sorted()[0].Code, ["message"] = diagnostics.Sorted()[0].Message },
                ["diagnostics"] = new JsonArray([.. diagnostics.Sorted().Select(d => (JsonNode)new JsonObject { ["code"] = d.Code, ["message"] = d.Message, ["line"] = d.Location.Line, ["column"] = d.Location.Column })]),
            };
            await WriteJsonAsync(context, StatusCodes.Status400BadRequest, body).ConfigureAwait(false);
            return;
        }

        results.Into(study);
        await WriteJsonAsync(context, StatusCodes.Status200OK, new JsonObject { ["values"] = study.DeepClone() }).ConfigureAwait(false);
    }

    private static List<string> Names(JsonObject study, string list, string key) =>
        [.. (study[list] as JsonArray ?? []).OfType<JsonObject>().Select(o => o[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>()];

    private static JsonObject Answer(WorkbenchState state, EditorCheckResult check, long started) => new()
    {
        ["text"] = check.Text,
        ["diagnostics"] = EditorJson.Diagnostics(check.Diagnostics, state.Folder),
        ["assessment"] = check.Assessment,
        ["serverMs"] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1),
    };

    /// <summary>A posted request with a path inside the served folder and the form's values, or null after answering 400.</summary>
    private static async Task<(string Path, string? Hash, JsonObject Values)?> RequestAsync(HttpContext context, WorkbenchState state)
    {
        var request = await EditorRequest.ReadAsync(context.Request).ConfigureAwait(false);
        if (request?.Values is null)
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.BadRequest, "the editor posts JSON with the file's path and the form's values").ConfigureAwait(false);
            return null;
        }

        if (!Resolve(state, request.Path, out var path, out var problem))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.PathOutsideServedFolder, problem).ConfigureAwait(false);
            return null;
        }

        return (path, request.Hash, request.Values);
    }

    /// <summary>A YAML file's path inside the served folder, existing or not (the editor creates new files).</summary>
    private static bool Resolve(WorkbenchState state, string? relative, out string path, out string problem)
    {
        if (!state.Folder.TryResolve(relative, out path, out problem))
        {
            return false;
        }

        var extension = Path.GetExtension(path);
        if (!extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"'{relative}' is not a YAML file";
            return false;
        }

        return true;
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(body.ToJsonString(JsonText.Options), context.RequestAborted).ConfigureAwait(false);
    }
}

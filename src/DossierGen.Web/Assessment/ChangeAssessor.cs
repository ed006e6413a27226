using System.Globalization;
using DossierGen.Diagnostics;
using DossierGen.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Assessment;

/// <summary>
/// Reads and assesses the change file a request names (<c>?path=</c>, relative to the served
/// folder; <c>?as-of=YYYY-MM-DD</c> optional), answering the request itself when it cannot: a path
/// outside the folder (400, DG3070), no such file (404, DG3071), a bad date (400), or a change file
/// with faults (422, the reader's diagnostics).
/// </summary>
internal static class ChangeAssessor
{
    /// <summary>The assessed change, or null once the response has said why not.</summary>
    public static Task<AssessedChange?> AssessAsync(HttpContext context, WorkbenchState state, Func<DiagnosticBag, Task> showFaults) =>
        AssessAsync(context, state, context.Request.Query["path"].ToString(), context.Request.Query["as-of"].ToString(), showFaults);

    /// <summary>The same for a path and date a form posted.</summary>
    public static async Task<AssessedChange?> AssessAsync(HttpContext context, WorkbenchState state, string relative, string asOfText, Func<DiagnosticBag, Task> showFaults)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(showFaults);
        if (!state.Folder.TryResolve(relative, out _, out var outside))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.PathOutsideServedFolder, outside).ConfigureAwait(false);
            return null;
        }

        if (!state.Folder.TryResolveYamlFile(relative, out var path, out var missing))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status404NotFound, DiagnosticCodes.UnknownChangeFile, missing).ConfigureAwait(false);
            return null;
        }

        if (!TryParseAsOf(asOfText, out var asOf))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.BadRequest, $"as-of '{asOfText}' is not a date written YYYY-MM-DD").ConfigureAwait(false);
            return null;
        }

        var diagnostics = new DiagnosticBag();
        var assessed = Assess(state, relative, path, asOf, diagnostics);
        if (assessed is null)
        {
            context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await showFaults(diagnostics).ConfigureAwait(false);
        }

        return assessed;
    }

    /// <summary>The library's assessment of a change file, as <c>assess</c> makes it; null with diagnostics.</summary>
    /// <param name="unsaved">The change file's text as the editor holds it, assessed in place of the file (whose folder still anchors the product and studies); null reads the file.</param>
    public static AssessedChange? Assess(WorkbenchState state, string relative, string path, DateOnly? asOf, DiagnosticBag diagnostics, string? unsaved = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var loaded = state.Loader.Load(path, diagnostics, unsaved);
        if (loaded is null || diagnostics.HasErrors)
        {
            return null;
        }

        // The evaluation date is the one assess would use; the clock is read only without one.
        var date = DossierGen.Assessment.AssessmentEngine.EvaluationDate(asOf, loaded.Description, DateOnly.FromDateTime(DateTime.UtcNow));
        return new AssessedChange(relative, loaded, DossierGen.Assessment.AssessmentEngine.Assess(loaded.Description, loaded.Rules, date));
    }

    /// <summary>An <c>as-of</c> query value: empty is no date (the change's own, else today).</summary>
    public static bool TryParseAsOf(string text, out DateOnly? asOf)
    {
        asOf = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return false;
        }

        asOf = date;
        return true;
    }
}

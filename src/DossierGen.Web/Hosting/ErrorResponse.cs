using System.Text.Json.Nodes;
using DossierGen.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Hosting;

/// <summary>
/// The one way the workbench says no: a 4xx (or, for a defect, 500) with a code and a sentence a
/// user can act on, as JSON for the page's scripts and API callers, as a page for a browser. Never
/// a stack trace: those go to the console serve runs in.
/// </summary>
public static class ErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Response.HasStarted)
        {
            // Too late for a clean answer; cutting the connection is better than a half page that looks whole.
            context.Abort();
            return;
        }

        context.Response.Clear();
        context.Response.StatusCode = status;
        context.Response.Headers.CacheControl = "no-store";
        if (WantsJson(context.Request))
        {
            var body = new JsonObject { ["error"] = new JsonObject { ["status"] = status, ["code"] = code, ["message"] = message } };
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(body.ToJsonString(JsonText.Options), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var page = PageLayout.Render($"{status} {ReasonOf(status)}", $"""
            <section class="error" role="alert">
            <h1>{status} {Html.Text(ReasonOf(status))}</h1>
            <p><span class="code">{Html.Text(code)}</span> {Html.Text(message)}</p>
            <p><a href="/">Back to the folder</a></p>
            </section>
            """);
        await Html.WritePageAsync(context, page).ConfigureAwait(false);
    }

    /// <summary>API routes, and any caller that asks for JSON rather than a page.</summary>
    public static bool WantsJson(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Path.StartsWithSegments("/api"))
        {
            return true;
        }

        var accept = request.Headers.Accept.ToString();
        return accept.Contains("application/json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    private static string ReasonOf(int status) => status switch
    {
        400 => "Bad request",
        401 => "Token needed",
        403 => "Refused",
        404 => "Not found",
        405 => "Method not allowed",
        409 => "Conflict",
        413 => "Too large",
        415 => "Unsupported content",
        _ when status >= 500 => "Internal error",
        _ => "Request refused",
    };
}

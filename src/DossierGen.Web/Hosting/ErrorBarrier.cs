using DossierGen.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Hosting;

/// <summary>
/// The outermost middleware: turns Kestrel's refusals (a body over the limit, a malformed request)
/// into the workbench's clear 4xx, a defect into a 500 that shows no internals (the details go to
/// the server's log), and an unanswered 404 or 405 into a message rather than an empty body.
/// </summary>
internal sealed class ErrorBarrier(TextWriter log)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (BadHttpRequestException e)
        {
            var code = e.StatusCode == StatusCodes.Status413PayloadTooLarge ? DiagnosticCodes.RequestTooLarge : DiagnosticCodes.BadRequest;
            await ErrorResponse.WriteAsync(context, e.StatusCode, code, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "the request body is larger than the workbench accepts" : $"malformed request: {e.Message}").ConfigureAwait(false);
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // The barrier: a defect must not show a stack trace, nor end the server.
        catch (Exception e)
#pragma warning restore CA1031
        {
            lock (log)
            {
                log.WriteLine($"dossiergen serve: internal error on {context.Request.Method} {context.Request.Path}: {e}");
            }

            await ErrorResponse.WriteAsync(context, StatusCodes.Status500InternalServerError, "DG-INTERNAL", "an internal error in DossierGen (not in your files); the console running dossiergen serve has the details").ConfigureAwait(false);
            return;
        }

        if (!context.Response.HasStarted && context.Response.ContentLength is null && context.Response.ContentType is null)
        {
            if (context.Response.StatusCode == StatusCodes.Status404NotFound)
            {
                await ErrorResponse.WriteAsync(context, 404, DiagnosticCodes.NotFound, $"nothing at {context.Request.Path}").ConfigureAwait(false);
            }
            else if (context.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            {
                await ErrorResponse.WriteAsync(context, 405, DiagnosticCodes.BadRequest, $"{context.Request.Method} is not accepted at {context.Request.Path}").ConfigureAwait(false);
            }
        }
    }
}

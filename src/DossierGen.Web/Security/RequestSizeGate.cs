using DossierGen.Diagnostics;
using DossierGen.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Security;

/// <summary>
/// Refuses a request whose declared body is larger than the limit before anything reads it;
/// Kestrel's own limit (set to the same size) catches a chunked body that grows past it.
/// </summary>
internal sealed class RequestSizeGate(long maxBytes)
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength > maxBytes)
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, DiagnosticCodes.RequestTooLarge, $"the request is {context.Request.ContentLength} bytes; the workbench accepts at most {maxBytes}").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }
}

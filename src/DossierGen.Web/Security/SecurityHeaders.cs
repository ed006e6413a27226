using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Security;

/// <summary>
/// Headers that keep the pages to themselves: scripts, styles and images only from the workbench
/// (so an injected tag could run nothing), no framing by another page, no content sniffing, and
/// no referrer leaving the machine.
/// </summary>
internal static class SecurityHeaders
{
    public static Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        return next(context);
    }
}

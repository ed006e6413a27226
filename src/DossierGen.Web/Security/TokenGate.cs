using DossierGen.Diagnostics;
using DossierGen.Web.Hosting;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Security;

/// <summary>
/// Lets a request through only with the run's token, and a state-changing request only from the
/// workbench's own pages. The token arrives once in the printed URL's query; the gate then sets it
/// as an HttpOnly, SameSite=Strict cookie and redirects to the same page without it, so the token
/// leaves the address bar and history. Scripts and tests may send it in a header instead.
/// </summary>
internal sealed class TokenGate(AccessToken token, int port)
{
    public const string CookieName = "dossiergen-token";
    public const string HeaderName = "X-DossierGen-Token";
    public const string QueryName = "token";

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        // A DNS name rebound to 127.0.0.1 would otherwise make another site same-origin with us.
        if (!IsOwnHost(context.Request.Host))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status400BadRequest, DiagnosticCodes.HostNotAllowed, $"this workbench answers only to 127.0.0.1:{port} or localhost:{port}").ConfigureAwait(false);
            return;
        }

        if (context.Request.Query.TryGetValue(QueryName, out var fromQuery))
        {
            if (!token.Matches(fromQuery.ToString()))
            {
                await ErrorResponse.WriteAsync(context, StatusCodes.Status403Forbidden, DiagnosticCodes.AccessDenied, "the token in this URL is not this run's; use the URL dossiergen serve printed").ConfigureAwait(false);
                return;
            }

            context.Response.Cookies.Append(CookieName, token.Value, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/", IsEssential = true });
            if (HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.Redirect(WithoutToken(context.Request), permanent: false);
                return;
            }

            await next(context).ConfigureAwait(false);
            return;
        }

        var fromHeader = context.Request.Headers[HeaderName].ToString();
        var fromCookie = context.Request.Cookies[CookieName];
        var presented = fromHeader.Length > 0 ? fromHeader : fromCookie;
        if (string.IsNullOrEmpty(presented))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, DiagnosticCodes.AccessDenied, "no access token: open the URL dossiergen serve printed (it carries the token)").ConfigureAwait(false);
            return;
        }

        if (!token.Matches(presented))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status403Forbidden, DiagnosticCodes.AccessDenied, "this token is not this run's; use the URL dossiergen serve printed").ConfigureAwait(false);
            return;
        }

        // A cookie rides along with any request the browser makes, including a form another site
        // posts here; a custom header cannot be set cross-site. So a cookie-only state change must
        // come from our own origin (browsers send Origin on every POST).
        if (fromHeader.Length == 0 && !IsSafe(context.Request.Method) && !IsOwnOrigin(context.Request.Headers.Origin.ToString()))
        {
            await ErrorResponse.WriteAsync(context, StatusCodes.Status403Forbidden, DiagnosticCodes.CrossSiteRequest, "a change was requested from another page than the workbench's own; reload the workbench and try again").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private bool IsOwnHost(HostString host) =>
        host.Port == port && (host.Host == "127.0.0.1" || string.Equals(host.Host, "localhost", StringComparison.OrdinalIgnoreCase));

    private bool IsOwnOrigin(string origin) =>
        origin == $"http://127.0.0.1:{port}" || string.Equals(origin, $"http://localhost:{port}", StringComparison.OrdinalIgnoreCase);

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    private static string WithoutToken(HttpRequest request)
    {
        var rest = request.Query.Where(q => q.Key != QueryName).Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        var query = string.Join('&', rest);
        var path = request.PathBase.Add(request.Path).ToUriComponent();
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}

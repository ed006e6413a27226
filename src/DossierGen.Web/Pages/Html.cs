using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Pages;

/// <summary>
/// Pages are built as strings from small functions; every value from a file or a request passes
/// through <see cref="Text"/> or <see cref="Attribute"/>, never into markup as it is.
/// </summary>
public static class Html
{
    public static string Text(string? value) => WebUtility.HtmlEncode(value ?? "");

    public static string Attribute(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>A query value for a link, such as a change's path.</summary>
    public static string Query(string value) => Uri.EscapeDataString(value);

    public static async Task WritePageAsync(HttpContext context, string page)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(page), context.RequestAborted).ConfigureAwait(false);
    }
}

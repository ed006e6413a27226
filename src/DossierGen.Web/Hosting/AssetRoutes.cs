using System.Collections.Frozen;
using DossierGen.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Hosting;

/// <summary>The page's stylesheet and script, embedded in the assembly: <c>/assets/NAME</c>.</summary>
internal static class AssetRoutes
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, byte[]> Assets = Load();

    public static void Map(WebApplication app) => app.MapGet("/assets/{name}", ServeAsync);

    private static async Task ServeAsync(HttpContext context)
    {
        var name = context.Request.RouteValues["name"] as string ?? "";
        if (!Assets.TryGetValue(name, out var bytes))
        {
            await ErrorResponse.WriteAsync(context, 404, DiagnosticCodes.NotFound, $"no asset named '{name}'").ConfigureAwait(false);
            return;
        }

        context.Response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
    }

    private static FrozenDictionary<string, byte[]> Load()
    {
        const string prefix = "DossierGen.Web.Assets.";
        var assembly = typeof(AssetRoutes).Assembly;
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            assets[resource[prefix.Length..]] = copy.ToArray();
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

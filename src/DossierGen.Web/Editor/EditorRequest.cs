using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DossierGen.Web.Editor;

/// <summary>What the editor page posts: the file's path relative to the served folder, the hash it was opened with, the form's values, and pasted cells.</summary>
internal sealed record EditorRequest(string? Path, string? Hash, JsonObject? Values, string? Pasted)
{
    /// <summary>The posted JSON body, or null when it is not a JSON object (the caller answers 400).</summary>
    public static async Task<EditorRequest?> ReadAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted).ConfigureAwait(false);
            return body is JsonObject json
                ? new EditorRequest(Text(json, "path"), Text(json, "hash"), json["values"] as JsonObject, Text(json, "pasted"))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject json, string key) =>
        json[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}

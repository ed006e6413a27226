using System.Text.Encodings.Web;
using System.Text.Json;

namespace DossierGen.Web.Hosting;

/// <summary>
/// How the workbench writes JSON: messages keep their apostrophes and accents readable
/// (the relaxed encoder is safe here: JSON is served as application/json, never inlined in a page).
/// </summary>
public static class JsonText
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

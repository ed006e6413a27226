using System.Text.Encodings.Web;
using System.Text.Json;

namespace DossierGen.Formats;

/// <summary>
/// How DossierGen writes every JSON file (assessment, impact, manifest, schemas): indented, UTF-8
/// without escaping non-ASCII text, LF line ends on every platform, a final newline.
/// </summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Utf8(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static string Write(Action<Utf8JsonWriter> write) => System.Text.Encoding.UTF8.GetString(Utf8(write));

    /// <summary>A property whose value is an array of strings.</summary>
    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

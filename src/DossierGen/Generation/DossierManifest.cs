using System.Security.Cryptography;
using System.Text.Json;
using DossierGen.FileSystem;

namespace DossierGen.Generation;

/// <summary>Reads the manifest.json DossierGen writes into every dossier folder: the files it wrote there.</summary>
public static class DossierManifest
{
    public const string FileName = "manifest.json";
    public const string Format = "dossiergen/manifest@1";

    // Far above any real manifest (a few hundred bytes per file); a bigger file is not one.
    private const long MaximumBytes = 16 * 1024 * 1024;

    /// <summary>
    /// The paths (forward slashes, relative to the folder) the manifest in <paramref name="folder"/>
    /// lists for <paramref name="changeId"/>; null when there is no such manifest or it is not
    /// DossierGen's for that change.
    /// </summary>
    public static IReadOnlySet<string>? ListedFiles(string folder, string changeId) =>
        Listed(folder, changeId)?.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Writes a manifest's <c>files</c>: each file's path under the folder (its relative path less the
    /// folder's name), size and SHA-256, in the order given.
    /// </summary>
    internal static void WriteFiles(Utf8JsonWriter json, string folderName, IEnumerable<GeneratedFile> files)
    {
        json.WriteStartArray("files");
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.RelativePath[(folderName.Length + 1)..]);
            json.WriteNumber("bytes", file.Content.Length);
            json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(file.Content)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The layout a manifest's content records (the per-market one when it records none, as manifests from before layouts did).</summary>
    public static DossierLayout LayoutOf(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        try
        {
            using var json = JsonDocument.Parse(content);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("layout", out var layout) && layout.ValueKind == JsonValueKind.String
                ? DossierPaths.Parse(layout.GetString()) ?? DossierLayout.Markets
                : DossierLayout.Markets;
        }
        catch (JsonException)
        {
            return DossierLayout.Markets;
        }
    }

    /// <summary>The layout of the dossier DossierGen wrote in <paramref name="folder"/> for the change, or null when there is none.</summary>
    public static DossierLayout? CommittedLayout(string folder, string changeId)
    {
        var path = Path.Combine(folder, FileName);
        return Listed(folder, changeId) is null ? null : LayoutOf(File.ReadAllBytes(path));
    }

    /// <summary>As <see cref="ListedFiles"/>, with the SHA-256 (lower-case hex, or "" when missing) the manifest gives each file.</summary>
    public static IReadOnlyDictionary<string, string>? Listed(string folder, string changeId)
    {
        var path = Path.Combine(folder, FileName);
        if (FileEntry.LinkKindOf(path) != EntryKind.RegularFile || new FileInfo(path).Length > MaximumBytes)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format
                || !root.TryGetProperty("change", out var change) || change.ValueKind != JsonValueKind.String || change.GetString() != changeId
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var listed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in files.EnumerateArray())
            {
                if (file.ValueKind != JsonValueKind.Object || !file.TryGetProperty("path", out var relative) || relative.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                listed[relative.GetString()!] = file.TryGetProperty("sha256", out var hash) && hash.ValueKind == JsonValueKind.String ? hash.GetString()! : "";
            }

            return listed;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}

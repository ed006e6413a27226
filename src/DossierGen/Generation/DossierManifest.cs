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
    /// folder's name), size and SHA-256, in the order given, and where <paramref name="provenance"/>
    /// has the file (by that path) what it came from.
    /// </summary>
    internal static void WriteFiles(Utf8JsonWriter json, string folderName, IEnumerable<GeneratedFile> files, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? provenance = null)
    {
        json.WriteStartArray("files");
        foreach (var file in files)
        {
            json.WriteStartObject();
            var path = file.RelativePath[(folderName.Length + 1)..];
            json.WriteString("path", path);
            json.WriteNumber("bytes", file.Content.Length);
            json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(file.Content)));
            if (provenance is not null && provenance.TryGetValue(path, out var entries))
            {
                json.WriteStartObject("provenance");
                foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    json.WriteString(key, value);
                }

                json.WriteEndObject();
            }

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

    /// <summary>
    /// The provenance a manifest's content records per Word document (paths relative to the
    /// dossier folder): what each came from (inputs, rule fingerprints, template), for the causes
    /// of check, review and redline. Empty for a manifest from before provenance moved out of the
    /// documents, or one that does not read.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ProvenanceOf(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var provenance = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        try
        {
            using var json = JsonDocument.Parse(content);
            if (json.RootElement.ValueKind != JsonValueKind.Object || !json.RootElement.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
            {
                return provenance;
            }

            foreach (var file in files.EnumerateArray())
            {
                if (file.ValueKind == JsonValueKind.Object && file.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.String
                    && file.TryGetProperty("provenance", out var entries) && entries.ValueKind == JsonValueKind.Object)
                {
                    provenance[path.GetString()!] = entries.EnumerateObject()
                        .Where(e => e.Value.ValueKind == JsonValueKind.String)
                        .GroupBy(e => e.Name, StringComparer.Ordinal)
                        .ToDictionary(g => g.Key, g => g.First().Value.GetString()!, StringComparer.Ordinal);
                }
            }
        }
        catch (JsonException)
        {
            provenance.Clear();
        }

        return provenance;
    }

    /// <summary>The provenance the manifest DossierGen wrote in <paramref name="folder"/> for the change records, or null when there is no such manifest.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? CommittedProvenance(string folder, string changeId)
    {
        if (Listed(folder, changeId) is null)
        {
            return null;
        }

        try
        {
            return ProvenanceOf(File.ReadAllBytes(Path.Combine(folder, FileName)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The provenance of a Word document from the manifest of the dossier it lies in: the nearest
    /// manifest.json of DossierGen's above it that lists it (the eCTD layout puts a document a few
    /// folders down); null when there is none, as for a copy taken out of its dossier.
    /// </summary>
    public static IReadOnlyDictionary<string, string>? ProvenanceFor(string documentPath)
    {
        ArgumentNullException.ThrowIfNull(documentPath);
        var document = Path.GetFullPath(documentPath);
        var folder = Path.GetDirectoryName(document);
        for (var depth = 0; folder is not null && depth < MaximumDepth; depth++, folder = Path.GetDirectoryName(folder))
        {
            var manifest = Path.Combine(folder, FileName);
            if (FileEntry.LinkKindOf(manifest) != EntryKind.RegularFile || new FileInfo(manifest).Length > MaximumBytes)
            {
                continue;
            }

            try
            {
                var content = File.ReadAllBytes(manifest);
                var relative = Path.GetRelativePath(folder, document).Replace(Path.DirectorySeparatorChar, '/');
                if (IsManifest(content) && ProvenanceOf(content).TryGetValue(relative, out var provenance))
                {
                    return provenance;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable manifest names no cause; the redline is still written.
            }
        }

        return null;
    }

    /// <summary>Deeper than the eCTD tree puts any document below its dossier folder.</summary>
    private const int MaximumDepth = 10;

    private static bool IsManifest(byte[] content)
    {
        try
        {
            using var json = JsonDocument.Parse(content);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("format", out var format)
                && format.ValueKind == JsonValueKind.String && format.GetString() == Format;
        }
        catch (JsonException)
        {
            return false;
        }
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

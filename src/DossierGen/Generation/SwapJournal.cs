using System.Text.Json;
using DossierGen.FileSystem;
using DossierGen.Formats;
using DossierGen.Inputs;

namespace DossierGen.Generation;

/// <summary>
/// The record of a swap in progress, written before the first dossier folder is moved and deleted
/// once the last one is in place (the commit). A run that finds the journal of a dead owner undoes
/// the swap. When a swap spans several output folders, the journal in the first is the main one and
/// every other folder holds a pointer to it (same name, <see cref="Main"/> set), written before it
/// and deleted after it, so a run writing to any of them finds the whole swap.
/// </summary>
/// <param name="Main">For a pointer, the main journal's path; null in the main journal.</param>
public sealed record SwapJournal(RunOwner Owner, string? Main, IReadOnlyList<SwapEntry> Entries)
{
    public const string Format = "dossiergen/swap-journal@1";

    // A journal lists a handful of folders; anything much larger is not one.
    private const long MaximumBytes = 4 * 1024 * 1024;

    /// <summary>The file a journal is written through before it is renamed to <paramref name="path"/>.</summary>
    public static string TemporaryPath(string path) => path + ".tmp";

    /// <summary>Writes the journal through a temporary file, so a reader finds the whole journal or none.</summary>
    public void WriteTo(string path)
    {
        var temporary = TemporaryPath(path);
        File.WriteAllBytes(temporary, JsonText.Utf8(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("owner", Owner.Token);
            json.WriteString("main", Main);
            json.WriteStartArray("folders");
            foreach (var entry in Entries)
            {
                json.WriteStartObject();
                json.WriteString("directory", entry.Directory);
                json.WriteString("change", entry.ChangeId);
                json.WriteBoolean("replaces-old", entry.ReplacesOld);
                json.WriteString("manifest-sha256", entry.ManifestSha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The journal at <paramref name="path"/>; null when it is not one DossierGen wrote.</summary>
    public static SwapJournal? Read(string path)
    {
        if (FileEntry.LinkKindOf(path) != EntryKind.RegularFile || new FileInfo(path).Length > MaximumBytes)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            if (Text(root, "format") != Format || Text(root, "owner") is not { } token || RunOwner.Parse(token) is not { } owner
                || !root.TryGetProperty("folders", out var folders) || folders.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var entries = new List<SwapEntry>();
            foreach (var folder in folders.EnumerateArray())
            {
                if (Text(folder, "directory") is not { } directory || !Path.IsPathFullyQualified(directory)
                    || Text(folder, "change") is not { } change || !Ids.IsValid(change)
                    || !folder.TryGetProperty("replaces-old", out var replaces) || replaces.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
                    || Text(folder, "manifest-sha256") is not { } hash)
                {
                    return null;
                }

                entries.Add(new SwapEntry(directory, change, replaces.GetBoolean(), hash));
            }

            return new SwapJournal(owner, Text(root, "main"), entries);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

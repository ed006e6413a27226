using System.Text.Json;
using DossierGen.FileSystem;
using DossierGen.Formats;
using DossierGen.Generation;

namespace DossierGen.Review.Pack;

/// <summary>
/// The manifest.json of a review pack. It has the form of a dossier's manifest (format, the folder's
/// name as <c>change</c>, every file with its SHA-256), so the writer that swaps dossiers in whole
/// recognises a pack it wrote and replaces it the same way: a run killed at any step leaves the old
/// pack or the new one, never half of each. <c>review</c> names the change reviewed and <c>since</c>
/// the approved commit, for a reader of the pack.
/// </summary>
public static class ReviewPackManifest
{
    /// <param name="folderName">The pack folder's name; every file's path starts with it.</param>
    /// <param name="files">The pack's files, all but the manifest, paths starting with the folder's name.</param>
    public static GeneratedFile For(string folderName, string changeId, string since, IReadOnlyList<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(folderName);
        var content = JsonText.Utf8(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", DossierManifest.Format);
            json.WriteString("change", folderName);
            json.WriteString("review", changeId);
            json.WriteString("since", since);
            DossierManifest.WriteFiles(json, folderName, files);
            json.WriteEndObject();
        });
        return new GeneratedFile(folderName + "/" + DossierManifest.FileName, content);
    }

    /// <summary>
    /// Whether <paramref name="folder"/> holds a review pack's manifest (one naming a reviewed
    /// change), so that a pack may replace it; a dossier's folder, whose manifest has the same form,
    /// is never taken for a pack.
    /// </summary>
    public static bool IsPackAt(string folder)
    {
        var path = Path.Combine(folder, DossierManifest.FileName);
        if (FileEntry.LinkKindOf(path) != EntryKind.RegularFile || DossierManifest.ListedFiles(folder, Path.GetFileName(folder)) is null)
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            return json.RootElement.TryGetProperty("review", out var review) && review.ValueKind == JsonValueKind.String;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

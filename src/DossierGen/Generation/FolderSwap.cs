using System.Security.Cryptography;
using DossierGen.FileSystem;

namespace DossierGen.Generation;

/// <summary>
/// The moves that undo one folder of an unfinished swap, shared by the run that fails mid-swap and
/// the later run that finds a dead run's journal. Each step looks before it moves, so undoing
/// twice (a run killed while undoing) is harmless, and a dossier folder is moved away only when its
/// manifest is the one the swap put there.
/// </summary>
internal static class FolderSwap
{
    public static void Undo(SwapEntry entry, RunOwner owner)
    {
        var (folder, staging, previous) = (entry.Folder, entry.Staging(owner), entry.Previous(owner));
        var swappedIn = FileEntry.LinkKindOf(staging) == EntryKind.Missing && ManifestSha256(folder) == entry.ManifestSha256;
        if (FileEntry.LinkKindOf(previous) == EntryKind.Directory)
        {
            if (swappedIn)
            {
                Directory.Move(folder, staging);
            }

            if (FileEntry.LinkKindOf(folder) == EntryKind.Missing)
            {
                Directory.Move(previous, folder);
            }
            else
            {
                // Another run's dossier stands there now; the one set aside is older than both.
                DeleteTree(previous);
            }
        }
        else if (!entry.ReplacesOld && swappedIn)
        {
            Directory.Move(folder, staging);
        }

        DeleteTree(staging);
    }

    /// <summary>Deletes a staging or set-aside folder; a link or file under a reserved name is not DossierGen's and is left alone.</summary>
    public static void DeleteTree(string path)
    {
        if (FileEntry.LinkKindOf(path) == EntryKind.Directory)
        {
            Directory.Delete(path, recursive: true);
        }
    }

    public static string? ManifestSha256(string folder)
    {
        var manifest = Path.Combine(folder, DossierManifest.FileName);
        return FileEntry.LinkKindOf(manifest) == EntryKind.RegularFile ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(manifest))) : null;
    }

    public static string ManifestSha256(DossierOutput dossier) =>
        Convert.ToHexStringLower(SHA256.HashData(dossier.Files.Single(f => f.RelativePath == dossier.ChangeId + "/" + DossierManifest.FileName).Content));
}

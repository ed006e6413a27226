using System.Security.Cryptography;

namespace DossierGen.Tests.Support;

/// <summary>Every entry below a folder, files with their content hash, sorted: two equal snapshots mean the same tree.</summary>
internal static class FolderSnapshot
{
    public static IReadOnlyList<string> Of(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(p => Path.GetRelativePath(folder, p) + (File.Exists(p) ? ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))) : "/"))
            .Order(StringComparer.Ordinal)];

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

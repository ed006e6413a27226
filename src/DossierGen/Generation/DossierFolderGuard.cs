using System.IO.Enumeration;
using DossierGen.Diagnostics;
using DossierGen.FileSystem;

namespace DossierGen.Generation;

/// <summary>
/// Decides whether a change's dossier folder (OUT/&lt;change-id&gt;) may be replaced: only when it is
/// absent, empty, or recognisably a dossier DossierGen wrote (its manifest.json lists every file in
/// it) and it holds no input of the run and no .git. Replacing it then removes only files the old
/// manifest lists. Anything else is a DG3013 diagnostic located at the folder, so that no output
/// option, however mistyped, can delete a change file, a rules folder or a repository.
/// </summary>
public static class DossierFolderGuard
{
    private const int FilesNamed = 5;

    /// <param name="folder">The dossier folder, OUT/&lt;change-id&gt;.</param>
    /// <param name="inputs">Every file and folder the run reads (change, product, master files, dossiergen.yaml, rules, templates).</param>
    public static bool MayReplace(string folder, string changeId, IEnumerable<string> inputs, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var refusal = Refusal(Path.GetFullPath(folder), changeId, inputs);
        if (refusal is not null)
        {
            diagnostics.Error(DiagnosticCodes.DossierFolderNotReplaceable, SourceLocation.StartOf(folder), $"the dossier folder of {changeId} {refusal}");
        }

        return refusal is null;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both full paths).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(folder);
        var (p, f) = (Path.TrimEndingDirectorySeparator(path), Path.TrimEndingDirectorySeparator(folder));

        // Ignoring case errs on the safe side on case-insensitive file systems (Windows, macOS).
        return p.Equals(f, StringComparison.OrdinalIgnoreCase)
            || (p.Length > f.Length && p.StartsWith(f, StringComparison.OrdinalIgnoreCase) && (p[f.Length] == Path.DirectorySeparatorChar || p[f.Length] == Path.AltDirectorySeparatorChar));
    }

    private static string? Refusal(string folder, string changeId, IEnumerable<string> inputs)
    {
        switch (FileEntry.LinkKindOf(folder))
        {
            case EntryKind.Missing:
                return null;
            case EntryKind.SymbolicLink:
                return "is a symbolic link; DossierGen replaces only a folder it wrote, never a link or what it points to";
            case EntryKind.Directory:
                break;
            default:
                return "is a file, not a folder DossierGen wrote; it is not replaced";
        }

        List<(string Path, EntryKind Kind)> entries;
        try
        {
            entries = Entries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot be read to the end ({e.Message}), so DossierGen cannot tell that it wrote it; it is not replaced";
        }

        if (entries.FirstOrDefault(e => e.Path == ".git" || e.Path.EndsWith("/.git", StringComparison.Ordinal)) is { Path: { } git })
        {
            return $"holds '{git}', a git repository; DossierGen never replaces one";
        }

        var input = inputs.Select(Path.GetFullPath).FirstOrDefault(i => IsSameOrInside(i, folder));
        if (input is not null)
        {
            var what = input.Length <= folder.Length ? "is" : $"holds '{Path.GetRelativePath(folder, input).Replace('\\', '/')}',";
            return $"{what} an input of this run; it is not replaced: choose an output folder apart from the change, product, master-file, rules and templates files";
        }

        if (entries.FirstOrDefault(e => e.Kind == EntryKind.SymbolicLink) is { Path: { } link })
        {
            return $"holds '{link}', a symbolic link, which DossierGen never writes; it is not replaced";
        }

        var files = entries.Where(e => e.Kind != EntryKind.Directory).Select(e => e.Path).ToList();
        if (files.Count == 0)
        {
            return null;
        }

        var listed = DossierManifest.ListedFiles(folder, changeId);
        if (listed is null)
        {
            return $"holds files but no {DossierManifest.FileName} of a {changeId} dossier, so DossierGen did not write it; it is not replaced: move its files or choose another output folder";
        }

        var unlisted = files.Where(f => f != DossierManifest.FileName && !listed.Contains(f)).Order(StringComparer.Ordinal).ToList();
        if (unlisted.Count > 0)
        {
            var named = string.Join(", ", unlisted.Take(FilesNamed)) + (unlisted.Count > FilesNamed ? $" and {unlisted.Count - FilesNamed} more" : "");
            return $"holds files its {DossierManifest.FileName} does not list, so DossierGen did not write them: {named}; it is not replaced: move them or choose another output folder";
        }

        return null;
    }

    /// <summary>Every entry below the folder with forward-slash relative paths, hidden ones included, without following links.</summary>
    private static List<(string Path, EntryKind Kind)> Entries(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var found = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        return [.. found.Select(path => (Path.GetRelativePath(folder, path).Replace('\\', '/'), FileEntry.LinkKindOf(path)))];
    }
}

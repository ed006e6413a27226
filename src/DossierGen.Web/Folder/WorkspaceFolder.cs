using DossierGen.Diagnostics;
using DossierGen.Review;

namespace DossierGen.Web.Folder;

/// <summary>
/// The folder <c>serve</c> was started on, and the only place the workbench reads or writes. Every
/// path a request names goes through <see cref="TryResolve"/>: relative, no <c>..</c> or hidden
/// parts, and, once every symbolic link on the way is resolved, still inside the folder. Paths
/// are shown to users and used in URLs relative to the folder, with forward slashes.
/// </summary>
public sealed class WorkspaceFolder
{
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private WorkspaceFolder(string root) => Root = root;

    /// <summary>The folder's real path (links resolved), so a link out cannot pass for being inside.</summary>
    public string Root { get; }

    /// <summary>The folder, or null with a diagnostic when it does not exist.</summary>
    public static WorkspaceFolder? Open(string directory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var real = Directory.Exists(directory) ? RealPath.Of(Path.GetFullPath(directory)) : null;
        if (real is null || !Directory.Exists(real))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, SourceLocation.StartOf(directory), $"folder '{directory}' does not exist");
            return null;
        }

        return new WorkspaceFolder(Path.TrimEndingDirectorySeparator(real));
    }

    /// <summary>
    /// The full path of <paramref name="relative"/> inside the folder, whether or not it exists yet
    /// (the editor saves new files through it); false with the reason otherwise.
    /// </summary>
    public bool TryResolve(string? relative, out string fullPath, out string problem)
    {
        fullPath = "";
        problem = "";
        if (string.IsNullOrWhiteSpace(relative))
        {
            problem = "no path given";
            return false;
        }

        if (relative.Contains('\0', StringComparison.Ordinal) || relative.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(relative) || relative.StartsWith('/') || relative.StartsWith('~'))
        {
            problem = $"'{relative}' is not a path relative to the served folder";
            return false;
        }

        var parts = relative.Split('/');
        if (parts.Any(p => p.Length == 0 || p.StartsWith('.')))
        {
            // '..' leaves the folder; '.git' and other hidden folders are no business of the workbench.
            problem = $"'{relative}' has an empty, '..' or hidden part";
            return false;
        }

        var joined = Path.GetFullPath(Path.Join(Root, Path.Join(parts)));
        var real = RealPath.Of(joined);
        if (real is null || !IsInside(real))
        {
            problem = $"'{relative}' leads outside the served folder";
            return false;
        }

        fullPath = real;
        return true;
    }

    /// <summary>True when a full path (links resolved) is the folder or under it.</summary>
    public bool IsInside(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        var path = Path.TrimEndingDirectorySeparator(fullPath);
        return PathComparer.Equals(path, Root) || path.StartsWith(Root + Path.DirectorySeparatorChar, PathComparer == StringComparer.Ordinal ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A path inside the folder as the workbench shows it and puts it in URLs.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Every change file under the folder (as check and batch find them) that lies inside it once links are resolved.</summary>
    public IReadOnlyList<string> ChangeFiles(DiagnosticBag diagnostics) =>
        ChangeFileFinder.Find(Root, diagnostics).Where(p => RealPath.Of(p) is { } real && IsInside(real)).ToList();

    /// <summary>
    /// The YAML file a request names by its relative path, inside the folder and a regular file.
    /// Whether it is a change file the reader decides, with its own diagnostics (DG1011, DG1012).
    /// </summary>
    public bool TryResolveYamlFile(string? relative, out string fullPath, out string problem)
    {
        if (!TryResolve(relative, out fullPath, out problem))
        {
            return false;
        }

        var extension = Path.GetExtension(fullPath);
        if (!extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            problem = $"'{relative}' is not a YAML file";
            return false;
        }

        if (!File.Exists(fullPath))
        {
            problem = $"there is no file '{relative}' under the served folder";
            return false;
        }

        return true;
    }
}

using System.Diagnostics;
using System.Text;

namespace DossierGen.Review.Pack;

/// <summary>
/// Reads committed files from git itself (the <c>git</c> on PATH), so a reviewer never fetches
/// approved versions by hand: the repository holding a folder, a revision resolved to its commit,
/// the files under a folder at that commit, and their bytes. Arguments go to git as a list, never
/// through a shell, and a revision is ended by <c>^{commit}</c>, so no text becomes an option.
/// </summary>
public sealed class GitHistory
{
    private readonly string _root;

    private GitHistory(string root) => _root = root;

    /// <summary>The repository's root folder.</summary>
    public string Root => _root;

    /// <returns>The repository that holds <paramref name="folder"/>, or null when it is in none (or git is missing).</returns>
    public static GitHistory? Of(string folder)
    {
        var (code, output) = Run(folder, "rev-parse", "--show-toplevel");
        return code == 0 ? new GitHistory(Encoding.UTF8.GetString(output).TrimEnd('\n', '\r')) : null;
    }

    /// <returns>The full commit id <paramref name="revision"/> names, or null when it names no commit.</returns>
    public string? Commit(string revision)
    {
        var (code, output) = Run(_root, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
        return code == 0 ? Encoding.UTF8.GetString(output).Trim() : null;
    }

    /// <summary>The commit's first line and date, for the summary.</summary>
    public string Describe(string commit)
    {
        var (_, output) = Run(_root, "show", "-s", "--format=%h %cs %s", commit);
        return Encoding.UTF8.GetString(output).Trim();
    }

    /// <returns>The paths (relative to the root, forward slashes) of the files under <paramref name="folder"/> at the commit.</returns>
    public IReadOnlyList<string> Files(string commit, string folder)
    {
        var (code, output) = Run(_root, "ls-tree", "-r", "-z", "--name-only", commit, "--", folder);
        return code == 0 ? Encoding.UTF8.GetString(output).Split('\0', StringSplitOptions.RemoveEmptyEntries) : [];
    }

    public byte[] Show(string commit, string path)
    {
        var (code, output) = Run(_root, "cat-file", "blob", $"{commit}:{path}");
        return code == 0 ? output : [];
    }

    /// <summary>A path as git names it in the tree: relative to the root, forward slashes.</summary>
    public string TreePath(string path) => Path.GetRelativePath(_root, RealPath.Of(Path.GetFullPath(path)) ?? Path.GetFullPath(path)).Replace('\\', '/');

    private static (int Code, byte[] Output) Run(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            _ = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return (process.ExitCode, output.ToArray());
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, []);
        }
    }
}

namespace DossierGen.Inputs;

/// <summary>The repository a change file belongs to when no dossiergen.yaml says: the nearest folder above it with a .git, else its own folder.</summary>
public static class RepositoryRoot
{
    public static string Of(string changePath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(changePath))!;
        for (var current = folder; current is not null; current = Path.GetDirectoryName(current))
        {
            // .git is a folder in a clone and a file in a worktree or submodule.
            if (Path.Exists(Path.Combine(current, ".git")))
            {
                return current;
            }
        }

        return folder;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="root"/> or below it, compared as the platform compares paths.</summary>
    public static bool Contains(string root, string path)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), Path.GetFullPath(path));
        return !(relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}

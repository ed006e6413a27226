namespace DossierGen.Inputs;

/// <summary>
/// Paths as diagnostics show them: a file referenced from another is shown relative to where the
/// referencing file was named, so a user who typed a relative path sees relative paths back.
/// </summary>
internal static class DisplayPath
{
    public static string Resolve(string referencingFile, string relative)
    {
        if (Path.IsPathRooted(relative))
        {
            return relative;
        }

        var combined = Path.Combine(Path.GetDirectoryName(referencingFile) ?? "", relative);
        var full = Path.GetFullPath(combined);
        return Path.IsPathRooted(referencingFile) ? full : Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
    }
}

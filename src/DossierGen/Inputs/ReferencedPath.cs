using DossierGen.Diagnostics;
using DossierGen.FileSystem;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>
/// Resolves a file path written in a change file (the product, a master file). A change file in a
/// pull request could otherwise make CI read any file on the machine, so absolute paths and paths
/// that leave the repository are refused unless dossiergen.yaml says <c>allow-paths-outside: true</c>.
/// </summary>
internal static class ReferencedPath
{
    /// <param name="what">The referenced file's kind, for messages: "product file".</param>
    /// <returns>The path to read, shown relative as the change file was named; null when refused (the diagnostic says why).</returns>
    public static string? Resolve(YamlScalar reference, string changePath, InputSources sources, string what, DiagnosticBag diagnostics)
    {
        var value = reference.Value;
        if (!CanNameAFile(reference, what, diagnostics))
        {
            return null;
        }

        if (!sources.AllowPathsOutside)
        {
            var root = sources.Root ?? RepositoryRoot.Of(changePath);
            var problem = Path.IsPathRooted(value)
                ? "is an absolute path"
                : !RepositoryRoot.Contains(root, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(changePath))!, value))
                    ? $"leads outside the repository '{root}'"
                    : null;
            if (problem is not null)
            {
                diagnostics.Error(DiagnosticCodes.PathOutsideRepository, reference.Location, $"{what} '{value}' {problem}; name it relative to the change file, inside the repository (or set 'allow-paths-outside: true' in dossiergen.yaml)");
                return null;
            }
        }

        return DisplayPath.Resolve(changePath, value);
    }

    /// <summary>
    /// <see cref="Resolve"/>, and the file must exist: a missing one is reported at the reference
    /// with <paramref name="notFoundCode"/> and the full path looked for.
    /// </summary>
    public static string? ResolveExisting(YamlScalar reference, string referencingPath, InputSources sources, string what, string notFoundCode, DiagnosticBag diagnostics)
    {
        var path = Resolve(reference, referencingPath, sources, what, diagnostics);
        if (path is not null && FileEntry.KindOf(path) == EntryKind.Missing)
        {
            diagnostics.Error(notFoundCode, reference.Location, $"{what} '{reference.Value}' not found (looked for '{Path.GetFullPath(path)}')");
            return null;
        }

        return path;
    }

    /// <summary>False, with a diagnostic, for a path holding a control character: the system's path functions refuse NUL outright.</summary>
    public static bool CanNameAFile(YamlScalar path, string what, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!path.Value.Any(char.IsControl))
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.PathOutsideRepository, path.Location, $"the {what} path holds a control character, so it cannot name a file");
        return false;
    }
}

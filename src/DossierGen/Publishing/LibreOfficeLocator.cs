namespace DossierGen.Publishing;

/// <summary>
/// Finds the LibreOffice program (soffice) that converts Word documents to PDF: the one
/// DOSSIERGEN_SOFFICE names, else soffice or libreoffice on PATH, else (macOS, Windows, where
/// installers do not put it on PATH) the standard install location.
/// </summary>
public static class LibreOfficeLocator
{
    public const string Variable = "DOSSIERGEN_SOFFICE";

    /// <summary>The program's path, or null with the reason it was not found.</summary>
    /// <param name="environment">Reads an environment variable (the process's own outside the tests).</param>
    public static (string? Program, string? Problem) Find(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var named = environment(Variable);
        if (!string.IsNullOrEmpty(named))
        {
            return File.Exists(named)
                ? (Path.GetFullPath(named), null)
                : (null, $"{Variable} names '{named}', which is not a file");
        }

        var names = OperatingSystem.IsWindows() ? new[] { "soffice.exe" } : ["soffice", "libreoffice"];
        var onPath = (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return (onPath, null);
        }

        var installed = InstallLocations(environment).FirstOrDefault(File.Exists);
        return installed is not null
            ? (installed, null)
            : (null, "no soffice was found on PATH; install LibreOffice (Debian: apt-get install libreoffice-writer-nogui) or set " + Variable + " to the soffice program");
    }

    private static IEnumerable<string> InstallLocations(Func<string, string?> environment)
    {
        if (OperatingSystem.IsMacOS())
        {
            yield return "/Applications/LibreOffice.app/Contents/MacOS/soffice";
        }
        else if (OperatingSystem.IsWindows())
        {
            foreach (var variable in new[] { "ProgramFiles", "ProgramFiles(x86)" })
            {
                if (environment(variable) is { Length: > 0 } folder)
                {
                    yield return Path.Combine(folder, "LibreOffice", "program", "soffice.exe");
                }
            }
        }
    }
}

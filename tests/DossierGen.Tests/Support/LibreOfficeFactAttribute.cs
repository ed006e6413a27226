namespace DossierGen.Tests.Support;

/// <summary>
/// A test that needs LibreOffice (soffice) and poppler (pdfinfo, pdffonts, pdftotext). It is
/// skipped only on a developer's machine without them; in CI (CI=true, where .ci/run installs
/// them) it always runs, and fails if they are missing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && !Installed)
        {
            Skip = "LibreOffice (soffice) and poppler-utils are not installed here; CI installs them and always runs this test";
        }
    }

    public static bool Installed => new[] { "soffice", "pdfinfo", "pdffonts", "pdftotext" }.All(OnPath);

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}

namespace DossierGen.Tests.Support;

/// <summary>Paths in the repository under test, found from the test assembly's folder upward.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DossierGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DossierGen.sln not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    public static string Examples => Path.Combine(RepositoryRoot, "examples");

    public static string Rules => Path.Combine(RepositoryRoot, "rules");

    public static string Templates => Path.Combine(RepositoryRoot, "templates");

    public static string TestInputs => Path.Combine(RepositoryRoot, "tests", "DossierGen.Tests", "Inputs");

    public static Configuration.Workspace RepositoryWorkspace => new(Rules, Templates, ConfigurationFile: null);
}

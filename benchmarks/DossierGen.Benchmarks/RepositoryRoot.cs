namespace DossierGen.Benchmarks;

/// <summary>The repository the benchmark runs against, found upward from the binary.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DossierGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DossierGen.sln not found above " + AppContext.BaseDirectory);
    }
}

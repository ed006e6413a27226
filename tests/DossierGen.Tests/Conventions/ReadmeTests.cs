using DossierGen.Diagnostics;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Conventions;

public sealed class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, "README.md"));

    [Fact]
    public void TheReadmeListsEveryDiagnosticCodeWithItsMeaning()
    {
        var missing = DiagnosticCodes.All.Where(c => !Readme.Contains($"| {c.Code} | {c.Meaning} |", StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void DiagnosticCodesAreUnique()
    {
        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Code).Distinct().Count());
    }

    [Fact]
    public void TheReadmeShowsTheTestCommandCiRuns()
    {
        Assert.Contains("```sh\ndotnet test\n```", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test", File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, ".ci", "run")), StringComparison.Ordinal);
    }
}

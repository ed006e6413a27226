using DossierGen.Tests.Support;

namespace DossierGen.Tests.Cli;

public sealed class CommandLineTests
{
    private static readonly string ValidChange = Path.Combine(RepositoryPaths.TestInputs, "Valid", "change.yaml");

    [Fact]
    public void VersionPrintsTheToolVersion()
    {
        var run = CliRun.Invoke("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Out.Trim());
    }

    [Fact]
    public void HelpListsTheCommands()
    {
        var run = CliRun.Invoke("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("validate", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("no-such-command")]
    [InlineData("--no-such-option")]
    public void AUsageErrorExitsWithTwoAndNoStackTrace(params string[] args)
    {
        var run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("dossiergen: error DG900", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownOptionIsNamedAsOneNotTakenForAFile()
    {
        var run = CliRun.Invoke("generate", "--as-off", "2027-01-01", ValidChange);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'--as-off' is not an option of 'dossiergen generate' (did you mean '--as-of'?)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("DG1001", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    public void BatchRefusesFewerThanOneJob(string jobs)
    {
        using var scratch = new TemporaryDirectory();

        var run = CliRun.Invoke("batch", scratch.Path, "--jobs", jobs);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--jobs must be a whole number from 1 to 256, not '{jobs}'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWhoseNameStartsWithADashCanStillBeNamedAfterTwoDashes()
    {
        using var scratch = new TemporaryDirectory();
        File.Copy(ValidChange, scratch.File("-change.yaml"));

        var run = CliRun.Invoke("validate", "--", scratch.File("-change.yaml").Replace(scratch.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));

        Assert.DoesNotContain("is not an option", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidatingAValidFileExitsWithZeroAndSaysWhatItFound()
    {
        var workspace = Path.Combine(RepositoryPaths.TestInputs, "Valid");
        using var scratch = new TemporaryDirectory();
        CopyFolder(workspace, scratch.Path);
        // validate loads the rules a run would use, so the folder holding the master files holds rules too.
        CopyFolder(RepositoryPaths.Rules, scratch.File("rules"));
        File.Copy(scratch.File("master-files/TEST-LVV.yaml"), scratch.File("rules/master-files/TEST-LVV.yaml"));
        File.WriteAllText(scratch.File("dossiergen.yaml"), "format: dossiergen/config@1\nrules: rules\n");

        var run = CliRun.Invoke("validate", scratch.File("change.yaml"), scratch.File("product.yaml"), scratch.File("master-files/TEST-LVV.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains($"{scratch.File("change.yaml")}: valid change CC-VALID-1: 3 changes to Testleucel for US, JP", run.Out, StringComparison.Ordinal);
        Assert.Contains("valid product Testleucel", run.Out, StringComparison.Ordinal);
        Assert.Contains("valid master file TEST-LVV", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ADossiergenYamlAboveTheChangeFilePointsAtAnotherMasterFileFolder()
    {
        using var scratch = new TemporaryDirectory();
        var nested = Path.Combine(scratch.Path, "programmes", "cart");
        Directory.CreateDirectory(nested);
        CopyFolder(RepositoryPaths.Rules, scratch.File("platform"));
        File.Copy(Path.Combine(RepositoryPaths.TestInputs, "Valid", "master-files", "TEST-LVV.yaml"), scratch.File("platform/master-files/TEST-LVV.yaml"));
        File.Copy(Path.Combine(RepositoryPaths.TestInputs, "Valid", "product.yaml"), Path.Combine(nested, "product.yaml"));
        File.Copy(ValidChange, Path.Combine(nested, "change.yaml"));
        File.WriteAllText(scratch.File("dossiergen.yaml"), "format: dossiergen/config@1\nrules: platform\n");

        var found = CliRun.Invoke("validate", Path.Combine(nested, "change.yaml"));
        File.WriteAllText(scratch.File("dossiergen.yaml"), "format: dossiergen/config@1\nrules: no-such-folder\n");
        var missing = CliRun.Invoke("validate", Path.Combine(nested, "change.yaml"));

        Assert.Equal(0, found.ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("error DG9001", missing.Error, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

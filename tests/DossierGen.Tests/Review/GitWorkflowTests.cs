using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

/// <summary>
/// The reviewer's workflow end to end in a temporary git repository: init, generate, commit, edit a
/// rule, see check fail, regenerate, and read the change in git diff through textconv.
/// </summary>
public sealed class GitWorkflowTests
{
    [Fact]
    public void EditingARuleMakesCheckFailAndGitDiffShowsTheChangeAsText()
    {
        using var repo = new TemporaryDirectory();
        CopyFolder(RepositoryPaths.Rules, repo.File("rules"));
        Assert.Equal(0, CliRun.Invoke("init", repo.Path).ExitCode);
        File.WriteAllText(repo.File("dossiergen.yaml"), "format: dossiergen/config@1\nrules: rules\noutput: dossiers\n");
        Git(repo.Path, "init", "-q");
        Git(repo.Path, "config", "user.email", "test@example.org");
        Git(repo.Path, "config", "user.name", "Test");
        Git(repo.Path, "config", "diff.dossiergen.textconv", $"dotnet {Path.Combine(AppContext.BaseDirectory, "dossiergen.dll")} textconv");
        var change = repo.File("changes/CC-0001/change.yaml");

        Assert.Equal(0, CliRun.Invoke("generate", change).ExitCode);
        Assert.Equal(0, CliRun.InvokeIn(repo.Path, "check", repo.Path).ExitCode);
        Git(repo.Path, "add", "-A");
        Git(repo.Path, "commit", "-q", "-m", "dossier");

        var rule = repo.File("rules/fda/manufacture.yaml");
        File.WriteAllText(rule, File.ReadAllText(rule).Replace("A new manufacturing facility usually needs a pre-license inspection", "A new facility needs a pre-license inspection", StringComparison.Ordinal));
        var check = CliRun.InvokeIn(repo.Path, "check", repo.Path);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("changed  dossiers/CC-0001/US/1-regional-summary.docx", check.Out, StringComparison.Ordinal);

        Assert.Equal(0, CliRun.Invoke("generate", change).ExitCode);
        var diff = Git(repo.Path, "diff", "--", "dossiers/CC-0001/US/1-regional-summary.docx");

        Assert.Contains("-- info (C1): A new manufacturing facility usually needs a pre-license inspection", diff, StringComparison.Ordinal);
        Assert.Contains("+- info (C1): A new facility needs a pre-license inspection", diff, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.InvokeIn(repo.Path, "check", repo.Path).ExitCode);
    }

    private static string Git(string directory, params string[] args) => Support.Git.Run(directory, args);

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

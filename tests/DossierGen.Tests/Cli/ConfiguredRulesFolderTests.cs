using DossierGen.Tests.Support;

namespace DossierGen.Tests.Cli;

/// <summary>
/// The commands that take no change file find the company's rules as generate does: through the
/// dossiergen.yaml in the current folder (rules lint, rules test) or beside the registry (impact --registry).
/// </summary>
public sealed class ConfiguredRulesFolderTests
{
    /// <summary>A folder with a dossiergen.yaml naming <c>company-rules</c>, a copy of the repository's rules changed by <paramref name="edit"/>.</summary>
    private static string Workspace(TemporaryDirectory scratch, Action<string> edit)
    {
        var rules = scratch.File("company-rules");
        Folders.Copy(RepositoryPaths.Rules, rules);
        edit(rules);
        File.WriteAllText(scratch.File("dossiergen.yaml"), "format: dossiergen/config@1\nrules: company-rules\n");
        return rules;
    }

    [Fact]
    public void RulesLintWithoutAFolderChecksTheRulesTheCurrentFoldersConfigurationNames()
    {
        using var scratch = new TemporaryDirectory();
        var rules = Workspace(scratch, _ => { });

        var run = CliRun.InvokeIn(scratch.Path, "rules", "lint");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(Path.GetFullPath(rules) + ": no problems found", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTestWithoutAFolderRunsTheCasesOfTheConfiguredRules()
    {
        using var scratch = new TemporaryDirectory();
        // The company's copy has no test cases: the built-in rules' hundreds would pass.
        Workspace(scratch, rules =>
        {
            foreach (var test in Directory.EnumerateFiles(rules, "*.test.yaml", SearchOption.AllDirectories))
            {
                File.Delete(test);
            }
        });

        var run = CliRun.InvokeIn(scratch.Path, "rules", "test");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("0 passed, 0 failed\n", run.Out.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void ImpactOfARegistryUsesTheMasterFilesOfTheRulesItsConfigurationNames()
    {
        using var scratch = new TemporaryDirectory();
        // The company keeps no LENTIPLAT-3 file: the built-in one must not be used instead.
        Workspace(scratch, rules => File.Delete(Path.Combine(rules, "master-files", "LENTIPLAT-3.yaml")));
        var registry = scratch.File("customers.csv");
        File.WriteAllText(registry, "customer,product,modality,master-file,market,stage,authorised\nA,B,C,LENTIPLAT-3,US,clinical,\n");

        var run = CliRun.Invoke("impact", "--master-file", "LENTIPLAT-3", "--registry", registry);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--master-file 'LENTIPLAT-3': no master file has this id", run.Error, StringComparison.Ordinal);
    }
}

using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation;

public sealed class GenerateCommandTests
{
    private static readonly string SiteTransfer = Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "change.yaml");

    [Fact]
    public void GenerateWritesTheDossierLayoutOfTheContract()
    {
        using var output = new TemporaryDirectory();

        var run = CliRun.Invoke("generate", SiteTransfer, "-o", output.Path);

        Assert.Equal(0, run.ExitCode);
        var root = output.File("HBG-CC-2026-031");
        foreach (var (market, module1) in new[] { ("US", "1.2-cover-letter"), ("EU", "1.2-application-form"), ("JP", "1-partial-change-application") })
        {
            Assert.True(File.Exists(Path.Combine(root, market, module1 + ".docx")));
            Assert.True(File.Exists(Path.Combine(root, market, module1 + ".md")));
        }

        Assert.True(File.Exists(Path.Combine(root, "M3", "3.2.S.2.6-manuf-process-development.docx")));

        Assert.True(File.Exists(Path.Combine(root, "assessment.docx")));
        Assert.True(File.Exists(Path.Combine(root, "assessment.json")));
        Assert.True(File.Exists(Path.Combine(root, "manifest.json")));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "expected", "assessment.json")), File.ReadAllText(Path.Combine(root, "assessment.json")));
        Assert.Empty(Directory.EnumerateDirectories(output.Path, ".*"));
    }

    [Fact]
    public void AFaultyChangeAmongSeveralMeansNothingIsWritten()
    {
        using var output = new TemporaryDirectory();

        var run = CliRun.Invoke("generate", SiteTransfer, Path.Combine(RepositoryPaths.TestInputs, "Malformed", "unknown-key.yaml"), "-o", output.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG1101", run.Error, StringComparison.Ordinal);
        Assert.Empty(output.Snapshot());
    }

    [Fact]
    public void ATemplateFaultIsALocatedDiagnosticAndNothingIsWritten()
    {
        using var workspace = new TemporaryDirectory();
        CopyFolder(RepositoryPaths.Templates, workspace.File("templates"));
        File.AppendAllText(workspace.File("templates/sections/change-section.md.sbn"), "\n{{ doc.nonexistent }}\n");
        File.WriteAllText(workspace.File("dossiergen.yaml"), $"format: dossiergen/config@1\nrules: {RepositoryPaths.Rules}\ntemplates: templates\n");
        File.Copy(SiteTransfer, workspace.File("change.yaml"));
        File.Copy(Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "product.yaml"), workspace.File("product.yaml"));
        var output = workspace.File("out");

        var run = CliRun.Invoke("generate", workspace.File("change.yaml"), "-o", output);

        Assert.Equal(2, run.ExitCode);
        var lines = File.ReadAllLines(workspace.File("templates/sections/change-section.md.sbn"));
        var line = Array.FindLastIndex(lines, l => l.Contains("nonexistent", StringComparison.Ordinal)) + 1;
        Assert.Contains($"change-section.md.sbn({line},", run.Error, StringComparison.Ordinal);
        Assert.Contains("error DG3003", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void AMissingPartialIsReported()
    {
        using var workspace = new TemporaryDirectory();
        CopyFolder(RepositoryPaths.Templates, workspace.File("templates"));
        File.Delete(workspace.File("templates/partials/findings.md.sbn"));
        File.WriteAllText(workspace.File("dossiergen.yaml"), $"format: dossiergen/config@1\nrules: {RepositoryPaths.Rules}\ntemplates: templates\n");
        File.Copy(SiteTransfer, workspace.File("change.yaml"));
        File.Copy(Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "product.yaml"), workspace.File("product.yaml"));

        var run = CliRun.Invoke("generate", workspace.File("change.yaml"), "-o", workspace.File("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG3004", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoProcessesInDifferentTimeZonesAndLocalesWriteTheSameBytes()
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();

        RunProcess(first.Path, ("TZ", "Pacific/Kiritimati"), ("LANG", "de_DE.UTF-8"), ("LC_ALL", "de_DE.UTF-8"));
        RunProcess(second.Path, ("TZ", "America/Los_Angeles"), ("LANG", "ja_JP.UTF-8"), ("LC_ALL", "ja_JP.UTF-8"));

        Assert.Equal(first.Snapshot(), second.Snapshot());
        Assert.NotEmpty(first.Snapshot());
    }

    private static void RunProcess(string output, params (string Name, string Value)[] environment)
    {
        var run = CliProcess.Run(environment, "generate", Path.Combine(RepositoryPaths.Examples, "cart-lentiviral-vector-cdmo-change", "change.yaml"), "-o", output);
        Assert.True(run.ExitCode == 0, run.Error);
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

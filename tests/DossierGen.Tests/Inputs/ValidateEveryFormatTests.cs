using DossierGen.Tests.Support;

namespace DossierGen.Tests.Inputs;

/// <summary><c>validate</c> reads every format DossierGen reads, including its own rules and templates.</summary>
public sealed class ValidateEveryFormatTests
{
    public static TheoryData<string> ShippedYamlFiles => [.. ShippedYamlPaths()];

    private static IEnumerable<string> ShippedYamlPaths() =>
        new[] { RepositoryPaths.Rules, RepositoryPaths.Templates }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepositoryPaths.RepositoryRoot, path))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(ShippedYamlFiles))]
    public void EveryShippedRulesAndTemplatesFileIsValid(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.RepositoryRoot, relativePath);

        var run = CliRun.Invoke("validate", path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith($"{path}: valid ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ManyFilesAreValidatedInOneRun()
    {
        var files = ShippedYamlPaths().Select(f => Path.Combine(RepositoryPaths.RepositoryRoot, f)).ToArray();

        var run = CliRun.Invoke(["validate", .. files]);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(files.Length, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("dossiergen.yaml")]
    [InlineData("change.yaml")]
    public void ValidateLoadsTheRulesAndTemplatesFoldersAFileWouldUse(string validated)
    {
        using var scratch = new TemporaryDirectory();
        Folders.Copy(RepositoryPaths.Rules, scratch.File("rules"));
        Folders.Copy(RepositoryPaths.Templates, scratch.File("templates"));
        var malformed = Path.Combine(RepositoryPaths.TestInputs, "Malformed");
        File.Copy(Path.Combine(malformed, "rules-unknown-key.yaml"), scratch.File("rules/fda/zz-broken.yaml"));
        File.Copy(Path.Combine(malformed, "outline-unknown-kind.yaml"), scratch.File("templates/outline.yaml"), overwrite: true);
        File.Copy(Path.Combine(malformed, "valid-change.yaml"), scratch.File("change.yaml"));
        File.Copy(Path.Combine(malformed, "valid-master-file.yaml"), scratch.File("valid-master-file.yaml"));
        File.Copy(Path.Combine(malformed, "product.yaml"), scratch.File("product.yaml"));
        File.WriteAllText(scratch.File("dossiergen.yaml"), "format: dossiergen/config@1\nrules: rules\ntemplates: templates\n");

        var run = CliRun.Invoke("validate", scratch.File(validated));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{scratch.File("rules/fda/zz-broken.yaml")}(12,5): error DG1101: ", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{scratch.File("templates/outline.yaml")}(8,13): error DG1104: ", StringComparison.Ordinal));
        Assert.DoesNotContain("valid", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ATemplateLargerThanTheBoundIsRefusedNotLoaded()
    {
        using var scratch = new TemporaryDirectory();
        Folders.Copy(RepositoryPaths.Templates, scratch.File("templates"));
        var template = scratch.File("templates/sections/comparability.md.sbn");
        File.WriteAllText(template, new string('x', 300 * 1024));

        var run = CliRun.Invoke("validate", scratch.File("templates/outline.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{template}(1,1): error DG1004: ", StringComparison.Ordinal));
    }
}

using DossierGen.Formats;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Formats;

/// <summary>
/// The schema headers init writes work for a colleague: in a fresh clone of the repository, with
/// DossierGen installed nowhere the headers could name, the YAML language server editors use
/// completes keys and flags mistakes from the schemas init copied into the repository.
/// </summary>
public sealed class SchemasTravelTests
{
    [Fact]
    public void InitWritesSchemaHeadersRelativeToTheRepository()
    {
        using var scratch = new TemporaryDirectory();

        Assert.Equal(0, CliRun.Invoke("init", scratch.Path).ExitCode);

        Assert.StartsWith("# yaml-language-server: $schema=.dossiergen/schema/config.schema.json\n", File.ReadAllText(scratch.File("dossiergen.yaml")), StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=../../.dossiergen/schema/change.schema.json\n", File.ReadAllText(scratch.File("changes/CC-0001/change.yaml")), StringComparison.Ordinal);
        Assert.All(PublishedSchemas.All, s => Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "schema", s.FileName)), File.ReadAllText(scratch.File(Path.Combine(".dossiergen", "schema", s.FileName)))));
    }

    [Fact]
    public void InitAgainRefreshesSchemasAnOlderVersionCopiedAndLeavesTheUsersFilesAlone()
    {
        using var scratch = new TemporaryDirectory();
        CliRun.Invoke("init", scratch.Path);
        var schema = scratch.File(".dossiergen/schema/change.schema.json");
        File.WriteAllText(schema, "{}");
        File.AppendAllText(scratch.File("changes/CC-0001/change.yaml"), "# mine\n");

        var again = CliRun.Invoke("init", scratch.Path);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("change.schema.json: refreshed", again.Out, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "schema", "change.schema.json")), File.ReadAllText(schema));
        Assert.EndsWith("# mine\n", File.ReadAllText(scratch.File("changes/CC-0001/change.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void SchemasExportWritesEverySchemaIntoTheFolder()
    {
        using var scratch = new TemporaryDirectory();

        var run = CliRun.Invoke("schemas", "export", scratch.File("out/schema"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PublishedSchemas.All.Select(s => s.FileName).Order(StringComparer.Ordinal), Directory.EnumerateFiles(scratch.File("out/schema")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(PublishedSchemas.All, s => Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Rules, "schema", s.FileName)), File.ReadAllText(scratch.File(Path.Combine("out/schema", s.FileName)))));
    }

    [Fact]
    public void InAColleaguesCloneTheYamlLanguageServerCompletesAndFlagsFromTheRelativeHeaders()
    {
        using var scratch = new TemporaryDirectory();
        var origin = scratch.File("origin");
        var clone = scratch.File("clone");
        CliRun.Invoke("init", origin);
        Git.Run(origin, "init", "-q");
        Git.Run(origin, "add", "-A");
        Git.Run(origin, "commit", "-q", "-m", "DossierGen workspace");
        Git.Run(scratch.Path, "clone", "-q", origin, clone);
        var change = Path.Combine(clone, "changes", "CC-0001", "change.yaml");
        var text = File.ReadAllText(change).Replace("kind: site\n", "kind: sitee\n", StringComparison.Ordinal).Replace("product: product.yaml\n", "product: product.yaml\nbogus-key: 1\n", StringComparison.Ordinal);
        File.WriteAllText(change, text + "\n");
        var lastLine = text.Split('\n').Length;

        using var server = new YamlLanguageServer(clone);
        var (completions, diagnostics) = server.Open(change, lastLine);

        Assert.Contains("markets", completions);
        Assert.Contains("master-files", completions);
        Assert.Contains(diagnostics, d => d.Message == "Property bogus-key is not allowed.");
        Assert.Contains(diagnostics, d => d.Message.StartsWith("Value is not accepted. Valid values: \"site\"", StringComparison.Ordinal));
    }
}

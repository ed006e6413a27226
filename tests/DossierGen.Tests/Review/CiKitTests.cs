using System.Text.Json;
using System.Text.RegularExpressions;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

/// <summary>
/// The CI kit: check names each drifted document's cause from its provenance, in text and JSON, and
/// the problem matcher shipped for GitHub Actions turns validate and check output into annotations.
/// </summary>
public sealed class CiKitTests
{
    private static readonly string Kit = Path.Combine(RepositoryPaths.RepositoryRoot, "ci", "github-actions");

    [Fact]
    public void DriftNamesTheInputThatChangedInTextAndJson()
    {
        using var workspace = new TemporaryDirectory();
        CliRun.Invoke("init", workspace.Path);
        var change = workspace.File("changes/CC-0001/change.yaml");
        Assert.Equal(0, CliRun.Invoke("generate", change).ExitCode);
        File.WriteAllText(change, File.ReadAllText(change).Replace("proposed: Site A and Site B", "proposed: Site A and Site C", StringComparison.Ordinal));

        var text = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);
        var json = CliRun.InvokeIn(workspace.Path, "check", workspace.Path, "--format", "json");

        Assert.Equal(1, text.ExitCode);
        Assert.Contains("changed  dossiers/CC-0001/US/1-regional-summary.docx\n         cause: input C1.proposed changed from 'Site A and Site B' to 'Site A and Site C'\n", text.Out, StringComparison.Ordinal);
        Assert.Equal(1, json.ExitCode);
        using var report = JsonDocument.Parse(json.Out);
        Assert.Equal("drifted", report.RootElement.GetProperty("result").GetString());
        var drift = report.RootElement.GetProperty("drifts").EnumerateArray().Single(d => d.GetProperty("path").GetString() == "dossiers/CC-0001/US/1-regional-summary.md");
        Assert.Equal("changed", drift.GetProperty("state").GetString());
        Assert.Equal(["input C1.proposed changed from 'Site A and Site B' to 'Site A and Site C'"], drift.GetProperty("causes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void CheckJsonListsDiagnosticsWithTheirPlace()
    {
        using var workspace = new TemporaryDirectory();
        CliRun.Invoke("init", workspace.Path);
        var change = workspace.File("changes/CC-0001/change.yaml");
        File.WriteAllText(change, File.ReadAllText(change).Replace("kind: site", "kind: sitee", StringComparison.Ordinal));

        var run = CliRun.InvokeIn(workspace.Path, "check", workspace.Path, "--format", "json");

        Assert.Equal(2, run.ExitCode);
        using var report = JsonDocument.Parse(run.Out);
        Assert.Equal("invalid", report.RootElement.GetProperty("result").GetString());
        var diagnostic = report.RootElement.GetProperty("diagnostics")[0];
        Assert.Equal("changes/CC-0001/change.yaml", diagnostic.GetProperty("file").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() > 1);
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.StartsWith("DG", diagnostic.GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheProblemMatcherReadsValidateAndCheckOutput()
    {
        using var matcher = JsonDocument.Parse(File.ReadAllText(Path.Combine(Kit, "dossiergen-problem-matcher.json")));
        var matchers = matcher.RootElement.GetProperty("problemMatcher").EnumerateArray().ToList();
        var diagnostics = new Regex(matchers[0].GetProperty("pattern")[0].GetProperty("regexp").GetString()!);
        var drift = new Regex(matchers[1].GetProperty("pattern")[0].GetProperty("regexp").GetString()!);
        using var scratch = new TemporaryDirectory();
        var bad = scratch.File("change.yaml");
        File.WriteAllText(bad, File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "change.yaml")).Replace("kind: site", "kind: sitee", StringComparison.Ordinal));
        File.Copy(Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "product.yaml"), scratch.File("product.yaml"));

        var validate = CliRun.Invoke("validate", bad);
        var match = diagnostics.Match(validate.ErrorLines[0]);

        Assert.Equal(2, validate.ExitCode);
        Assert.True(match.Success, validate.ErrorLines[0]);
        Assert.Equal(bad, match.Groups[1].Value);
        Assert.Equal("error", match.Groups[4].Value);
        Assert.Matches("^DG[0-9]{4}$", match.Groups[5].Value);
        Assert.Equal("dossiers/CC-0001/US/1-regional-summary.docx", drift.Match("changed  dossiers/CC-0001/US/1-regional-summary.docx").Groups[2].Value);
    }

    [Fact]
    public void TheWorkflowAddsTheMatcherAndRunsValidateAndCheck()
    {
        var workflow = File.ReadAllText(Path.Combine(Kit, "dossiers.yml"));
        var yaml = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(workflow);

        Assert.Contains("jobs", yaml.Keys);
        Assert.Contains("::add-matcher::.github/dossiergen-problem-matcher.json", workflow, StringComparison.Ordinal);
        Assert.Contains("dossiergen validate", workflow, StringComparison.Ordinal);
        Assert.Contains("dossiergen check . --format text", workflow, StringComparison.Ordinal);
    }
}

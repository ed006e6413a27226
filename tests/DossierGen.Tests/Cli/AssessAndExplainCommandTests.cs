using System.Globalization;
using System.Text.Json;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Cli;

public sealed class AssessAndExplainCommandTests
{
    private static readonly string SiteTransfer = Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "change.yaml");

    [Fact]
    public void AssessJsonIsTheGoldenAssessmentOfTheExample()
    {
        var run = CliRun.Invoke("assess", SiteTransfer, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "expected", "assessment.json")), run.Out);
    }

    [Fact]
    public void AssessJsonKeysComeInTheContractsOrder()
    {
        using var json = JsonDocument.Parse(CliRun.Invoke("assess", SiteTransfer, "--format", "json").Out);
        var root = json.RootElement;
        var market = root.GetProperty("markets")[0];

        Assert.Equal(["format", "change", "asOf", "markets"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["market", "stage", "procedure", "changes", "evidence", "findings"], market.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["change", "procedure", "codes", "rules"], market.GetProperty("changes")[0].EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal(["kind", "changes", "satisfiedBy", "rules"], market.GetProperty("evidence")[0].EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal(["severity", "rule", "message"], market.GetProperty("findings")[0].EnumerateObject().Select(p => p.Name).Take(3));
        Assert.Equal(["US", "EU", "JP"], root.GetProperty("markets").EnumerateArray().Select(m => m.GetProperty("market").GetString()));
    }

    [Fact]
    public void AsOfChoosesTheCodesInForce()
    {
        var before = JsonDocument.Parse(CliRun.Invoke("assess", SiteTransfer, "--format", "json", "--as-of", "2025-12-01").Out);
        var eu = before.RootElement.GetProperty("markets")[1].GetProperty("changes")[0];

        Assert.Equal("2025-12-01", before.RootElement.GetProperty("asOf").GetString());
        Assert.Equal("B.I.a.1.e", eu.GetProperty("codes")[0].GetString());
    }

    [Fact]
    public void TheAssessmentDoesNotDependOnTheCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("ar-SA");
            var arabic = CliRun.Invoke("assess", SiteTransfer, "--format", "json").Out;
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var turkish = CliRun.Invoke("assess", SiteTransfer, "--format", "json").Out;

            Assert.Equal(arabic, turkish);
            Assert.Contains("\"asOf\": \"2027-03-01\"", arabic, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void TheTableShowsEveryMarketsProcedure()
    {
        var run = CliRun.Invoke("assess", SiteTransfer);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("US (marketed): PAS", run.Out, StringComparison.Ordinal);
        Assert.Contains("EU (marketed): II", run.Out, StringComparison.Ordinal);
        Assert.Contains("JP (marketed): PCA", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "01/03/2027", "DG9002")]
    [InlineData("--format", "xml", null)]
    public void ABadOptionIsAUsageError(string option, string value, string? code)
    {
        var run = CliRun.Invoke("assess", SiteTransfer, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        if (code is not null)
        {
            Assert.Contains(code, run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AssessingAFaultyChangeFileExitsTwoWithItsDiagnostics()
    {
        var run = CliRun.Invoke("assess", Path.Combine(RepositoryPaths.TestInputs, "Malformed", "unknown-key.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG1101", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void ExplainShowsTheDecidingRuleItsConditionsAndTheNearMisses()
    {
        var run = CliRun.Invoke("explain", SiteTransfer, "--market", "US");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("US (marketed) change C1: PAS", run.Out, StringComparison.Ordinal);
        Assert.Contains("FDA-SITE-MFG-NEW [verify] -> PAS", run.Out, StringComparison.Ordinal);
        Assert.Contains("yes change.site-status in [new, licensed-other-product] (actual: new)", run.Out, StringComparison.Ordinal);
        Assert.Contains("cites 21 CFR 601.12", run.Out, StringComparison.Ordinal);
        Assert.Contains("FDA-SITE-MFG-SAME-PRODUCT-SUITE -> PAS", run.Out, StringComparison.Ordinal);
        Assert.Contains("no  change.site-status equals licensed-same-product (actual: new)", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("EU (marketed)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainRefusesAMarketOrChangeTheFileDoesNotHave()
    {
        var market = CliRun.Invoke("explain", Path.Combine(RepositoryPaths.Examples, "lvv-hsc-potency-assay-replacement", "change.yaml"), "--market", "JP");
        var change = CliRun.Invoke("explain", SiteTransfer, "--change", "C9");

        Assert.Equal(2, market.ExitCode);
        Assert.Equal(2, change.ExitCode);
        Assert.Contains("did you mean 'C1'", change.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesTestEndsWithTheCountsLine()
    {
        var run = CliRun.Invoke("rules", "test", RepositoryPaths.Rules);

        Assert.Matches(@"rules exercised: \d+ of \d+ \(\d+%\)", run.Out);
        Assert.Matches(@"\n\d+ passed, \d+ failed\n$", run.Out.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void RulesLintOnAMissingFolderIsAUsageError()
    {
        var run = CliRun.Invoke("rules", "lint", Path.Combine(RepositoryPaths.Rules, "no-such-folder"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("DG2021", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesLintCountsWarningsButStillExitsZero()
    {
        using var scratch = new TemporaryDirectory();
        var pmda = Directory.CreateDirectory(scratch.File("pmda")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Rules, "pmda")))
        {
            var text = File.ReadAllText(file);
            // Without its Japanese text the first clinical rule's finding would show in English in the JP summary.
            var lines = text.Split('\n').ToList();
            if (Path.GetFileName(file) == "clinical.yaml")
            {
                lines.RemoveAt(lines.FindIndex(l => l.TrimStart().StartsWith("message-ja:", StringComparison.Ordinal)));
            }

            File.WriteAllText(Path.Combine(pmda, Path.GetFileName(file)), string.Join('\n', lines));
        }

        var run = CliRun.Invoke("rules", "lint", scratch.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning DG2022: rule PMDA-CTN-CHANGE has a finding without message-ja", run.Error, StringComparison.Ordinal);
        Assert.Contains("no problems found, 1 warning", run.Out, StringComparison.Ordinal);
    }
}

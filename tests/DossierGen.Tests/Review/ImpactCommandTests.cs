using System.Text.Json;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

public sealed class ImpactCommandTests
{
    private static readonly string Change = Path.Combine(RepositoryPaths.Rules, "master-files", "changes", "LENTIPLAT-3-MFC-2027-01.yaml");

    private static Dictionary<string, JsonElement> Markets(JsonDocument json, string change) =>
        json.RootElement.GetProperty("programmes").EnumerateArray().Single(p => p.GetProperty("change").GetString() == change)
            .GetProperty("markets").EnumerateArray().ToDictionary(m => m.GetProperty("market").GetString()!, m => m);

    [Fact]
    public void ImpactListsTheProgrammesThatReferenceTheMasterFileAndWhatItSuppliesThem()
    {
        var run = CliRun.Invoke("impact", "--master-file", "LENTIPLAT-3", RepositoryPaths.Examples, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(["KST-IND-2026-009", "KST-CC-2026-071"], json.RootElement.GetProperty("programmes").EnumerateArray().Select(p => p.GetProperty("change").GetString()).Order(StringComparer.Ordinal).Reverse());
        var ind = Markets(json, "KST-IND-2026-009");
        Assert.Equal(["adventitious-agent-testing", "vector-characterization"], ind["US"].GetProperty("supplies").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(ind["EU"].GetProperty("supplies").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, ind["US"].GetProperty("procedure").ValueKind);
    }

    [Fact]
    public void AHoldersChangeShowsWhatEachProgrammeFilesInEachMarket()
    {
        var run = CliRun.Invoke("impact", "--master-file", "LENTIPLAT-3", RepositoryPaths.Examples, "--change", Change, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var ind = Markets(json, "KST-IND-2026-009");
        var bla = Markets(json, "KST-CC-2026-071");
        Assert.Equal("IND-AMENDMENT", ind["US"].GetProperty("procedure").GetString());
        Assert.Equal("PAS", bla["US"].GetProperty("procedure").GetString());
        Assert.Equal("II", bla["EU"].GetProperty("procedure").GetString());
        Assert.Equal("PCA", bla["JP"].GetProperty("procedure").GetString());
        Assert.Contains("must inform you", bla["JP"].GetProperty("findings")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTableNamesEveryProgrammeAndMarket()
    {
        var run = CliRun.Invoke("impact", "--master-file", "LENTIPLAT-3", RepositoryPaths.Examples, "--change", Change);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("LENTIPLAT-3: 2 programme(s) reference it", run.Out, StringComparison.Ordinal);
        Assert.Contains("IND-AMENDMENT", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AChangeToAnotherMasterFileIsRefused()
    {
        var run = CliRun.Invoke("impact", "--master-file", "OTHER-MF", RepositoryPaths.Examples, "--change", Change);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG1207", run.Error, StringComparison.Ordinal);
    }
}

using DossierGen.Exports;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Exports;

public sealed class RegistryImpactTests
{
    private static readonly string Registry = Path.Combine(RepositoryPaths.RepositoryRoot, "tests", "DossierGen.Tests", "Inputs", "Registry", "lentiplat-customers.csv");
    private static readonly string Change = Path.Combine(RepositoryPaths.RepositoryRoot, "rules", "master-files", "changes", "LENTIPLAT-3-MFC-2027-01.yaml");

    private static CliRun Impact(string registry, params string[] more) =>
        CliRun.Invoke(["impact", "--master-file", "LENTIPLAT-3", "--registry", registry, .. more]);

    [Fact]
    public void ARegistryGivesOneCsvRowPerCustomerProductAndMarketOfTheMasterFile()
    {
        var run = Impact(Registry, "--change", Change, "--format", "csv");
        var rows = AssessmentExportTests.ReadCsv(run.Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ImpactExport.Columns, rows[0]);
        Assert.Equal(
            ["NW-CAR19 US PAS", "NW-CAR19 EU II", "NW-CAR19 JP CTN-CHANGE", "HG-HSC2 US IND-AMENDMENT"],
            rows.Skip(1).Select(r => $"{r[3]} {r[6]} {r[11]}"));
        Assert.Equal("Helio Gene Medicines, Inc.", rows[4][2]);
        Assert.Equal("no", rows[2][9]);
        Assert.Contains("raw-material-qualification", rows[4][10], StringComparison.Ordinal);
    }

    [Fact]
    public void RegistryProgrammesInJsonNameTheCustomerAndTheirRow()
    {
        using var json = System.Text.Json.JsonDocument.Parse(Impact(Registry, "--format", "json").Out);
        var first = json.RootElement.GetProperty("programmes")[0];

        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.GetProperty("changeFile").ValueKind);
        Assert.Equal("Northwind Cell Therapies", first.GetProperty("customer").GetString());
        Assert.EndsWith("lentiplat-customers.csv:2", first.GetProperty("registryRow").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BadRegistryRowsAreReportedAtTheirLineAndColumnAndNothingIsWritten()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("customers.csv");
        File.WriteAllText(path, "customer,product,modality,master-file,market,stage,authorised\nA,B,C,LENTIPLAT-3,UK,marketd,2026-13-01\nA,B\n,B,C,LENTIPLAT-3,US,clinical,\n");

        var run = Impact(path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(
        [
            $"{path}(2,19): error DG1603: market 'UK' is not US, EU or JP (did you mean 'US'?)",
            $"{path}(2,22): error DG1603: stage 'marketd' is not clinical or marketed (did you mean 'marketed'?)",
            $"{path}(2,30): error DG1603: authorised '2026-13-01' is not a date written YYYY-MM-DD (leave it empty when not authorised)",
            $"{path}(3,1): error DG1602: the row has 2 fields; the header has 7",
            $"{path}(4,1): error DG1603: 'customer' is empty",
        ], run.ErrorLines);
    }

    [Fact]
    public void ARegistryWithoutItsColumnsOrWithARowTwiceIsRefused()
    {
        using var folder = new TemporaryDirectory();
        var missing = folder.File("missing.csv");
        var twice = folder.File("twice.csv");
        File.WriteAllText(missing, "customer,product,master-file,market,stage\n");
        File.WriteAllText(twice, "Notes,customer,product,modality,master-file,market,stage,authorised\nx,A,B,C,LENTIPLAT-3,US,clinical,\ny,A,B,C,LENTIPLAT-3,US,marketed,\n");

        Assert.Contains($"{missing}(1,1): error DG1601: the registry's header lacks modality, authorised", Impact(missing).Error, StringComparison.Ordinal);
        Assert.Contains($"{twice}(3,1): error DG1604: A's B in US is already listed at line 2", Impact(twice).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ARegistryAndAFolderTogetherAreAUsageError()
    {
        var run = Impact(Registry, RepositoryPaths.Examples);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("DG9004", run.Error, StringComparison.Ordinal);
    }
}

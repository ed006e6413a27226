using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Inputs.Comparability;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Inputs.Comparability;

public sealed class ComparabilityReaderTests
{
    private static readonly string MalformedFolder = Path.Combine(RepositoryPaths.TestInputs, "Malformed", "Comparability");

    private static ComparabilityStudy Read(string path, IReadOnlyCollection<string>? changeIds = null)
    {
        var diagnostics = new DiagnosticBag();
        var study = ComparabilityReader.ReadFile(path, InputSources.None, changeIds, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return study!;
    }

    private static IReadOnlyList<Diagnostic> Faults(string path)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(ComparabilityReader.ReadFile(path, InputSources.None, changeIds: null, diagnostics));
        return diagnostics.Sorted();
    }

    [Fact]
    public void EveryCriterionKindIsBoundWithItsParametersAndDefaults()
    {
        var study = Read(Path.Combine(RepositoryPaths.TestInputs, "Valid", "study-every-criterion.yaml"));

        Assert.Equal(StudyDesign.Paired, study.Design);
        Assert.Equal(
            [new QualityRangeCriterion(3), new MinMaxCriterion(), new ToleranceIntervalCriterion(0.99, 0.95), new EquivalenceCriterion(null, 1.5, 0.05),
             new EquivalenceCriterion(0.5, null, EquivalenceCriterion.DefaultAlpha), new LimitsCriterion(null, 5), new ConformsCriterion()],
            study.Attributes.Select(a => a.Criterion));
        Assert.Equal(ValueTransform.Log10, study.Attributes[0].Transform);
        Assert.False(study.Attributes[5].Cqa);
        Assert.True(study.Attributes[6].Cqa);
        Assert.Equal(new StudyLot("PRE-1", LotGroup.Pre, "D1", "Site A", "50 L", new DateOnly(2026, 1, 10), "clinical"), study.Lots[0]);
        Assert.Equal(new LotResult("POST-1", null, "conforms"), study.Attributes[6].Results[1]);
    }

    [Fact]
    public void CsvResultsJoinTheStudysOwnInFileOrder()
    {
        var study = Read(Path.Combine(MalformedFolder, "valid-study.yaml"));

        Assert.Equal(["A-1", "A-2", "A-3", "B-1", "B-2"], study.Attributes[0].Results.Select(r => r.Lot));
        Assert.Equal([1.1e13, 1.3e13, 1.2e13, 1.25e13, 1.15e13], study.Attributes[1].Results.Select(r => r.Number!.Value));
        Assert.EndsWith("valid-study.csv", study.DataPath, StringComparison.Ordinal);
    }

    [Fact]
    public void ACsvWithAByteOrderMarkCrlfLineEndsQuotesAndBlankLinesReads()
    {
        using var scratch = new TemporaryDirectory();
        File.Copy(Path.Combine(MalformedFolder, "valid-study.yaml"), scratch.File("study.yaml"));
        File.WriteAllText(scratch.File("valid-study.csv"), "lot,attribute,value\r\n\"B-1\",Potency, 99 \r\n\r\nB-2,\"Potency\",\"101\"\r\n", new System.Text.UTF8Encoding(true));

        var study = Read(scratch.File("study.yaml"));

        Assert.Equal([98, 102, 100, 99, 101], study.Attributes[0].Results.Select(r => r.Number!.Value));
    }

    [Fact]
    public void ACsvFaultIsPlacedAtItsOwnLineAndColumnAfterAQuotedLineBreak()
    {
        using var scratch = new TemporaryDirectory();
        File.Copy(Path.Combine(MalformedFolder, "valid-study.yaml"), scratch.File("study.yaml"));
        File.WriteAllText(scratch.File("valid-study.csv"), "lot,attribute,value\nB-1,\"Potency\",99\nB-2,Potency,\"1\n01\"\nB-2,Titre,oops\n");

        var faults = Faults(scratch.File("study.yaml"));

        Assert.Equal(
            [$"{scratch.File("valid-study.csv")}(3,14): error DG1306", $"{scratch.File("valid-study.csv")}(5,11): error DG1306"],
            faults.Select(d => $"{d.Location}: error {d.Code}"));
    }

    [Fact]
    public void AResultGivenInTheStudyAndAgainInTheCsvNamesWhereTheFirstIs()
    {
        var fault = Assert.Single(Faults(Path.Combine(MalformedFolder, "csv-duplicate-result.yaml")));

        Assert.Contains("first at ", fault.Message, StringComparison.Ordinal);
        Assert.Contains("csv-duplicate-result.yaml(16,16)", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatIsNotADataFileIsNotQuoted()
    {
        using var scratch = new TemporaryDirectory();
        File.Copy(Path.Combine(MalformedFolder, "valid-study.yaml"), scratch.File("study.yaml"));
        File.WriteAllText(scratch.File("valid-study.csv"), "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n");

        var fault = Assert.Single(Faults(scratch.File("study.yaml")));

        Assert.Equal(DiagnosticCodes.CsvBadHeader, fault.Code);
        Assert.DoesNotContain("BEGIN", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFaultOfAStudyAndItsCsvIsReportedInOneRun()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("study.yaml"), """
            format: dossiergen/comparability@1
            id: CMP-1
            title: Many faults
            covers: [C1]
            lots:
              - { id: A-1, group: pre, pair: D1 }
              - { id: A-1, group: post }
            attributes:
              - name: Potency
                criterion: { quality-range: { k: -1 } }
                results: { A-1: 98, Z-9: 1 }
            data: data.csv
            """);
        File.WriteAllText(scratch.File("data.csv"), "lot,attribute,value\nA-1,Potensy,1\n");

        var codes = Faults(scratch.File("study.yaml")).Select(d => d.Code);

        Assert.Equal(["DG1313", "DG1309", "DG1303", "DG1301", "DG1305"], codes);
    }

    [Fact]
    public void AChangeFileCarriesTheStudiesItListsInItsOrder()
    {
        using var scratch = new TemporaryDirectory();
        Folders.Copy(MalformedFolder, scratch.Path);
        File.WriteAllText(scratch.File("second.yaml"), File.ReadAllText(scratch.File("covers-unknown-change.study.yaml")).Replace("covers: [C1, C2]", "covers: [C1]").Replace("CMP-TEST-1", "CMP-TEST-2"));
        File.WriteAllText(scratch.File("change.yaml"), File.ReadAllText(scratch.File("study-not-found.yaml")).Replace("missing-study.yaml", "valid-study.yaml\n  - second.yaml"));
        var diagnostics = new DiagnosticBag();

        var change = new ChangeFileReader(InputSources.None).Read(scratch.File("change.yaml"), diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(["CMP-TEST-1", "CMP-TEST-2"], change!.Studies.Select(s => s.Id));
    }
}

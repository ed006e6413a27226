using ClosedXML.Excel;
using DossierGen.Exports;
using DossierGen.Tests.Support;
using nietras.SeparatedValues;

namespace DossierGen.Tests.Exports;

public sealed class AssessmentExportTests
{
    private static readonly string MasterFileExample = Path.Combine(RepositoryPaths.Examples, "cart-lentiviral-vector-cdmo-change", "change.yaml");
    private static readonly string StudyExample = Path.Combine(RepositoryPaths.Examples, "aav-upstream-scale-up", "change.yaml");

    internal static List<string[]> ReadCsv(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            rows.Add(fields);
        }

        return rows;
    }

    [Theory]
    [InlineData("cart-lentiviral-vector-cdmo-change")]
    [InlineData("aav-upstream-scale-up")]
    public void TheCsvEvidencePlanReadsBackThroughSepWithTheDocumentedColumns(string example)
    {
        var run = CliRun.Invoke("assess", Path.Combine(RepositoryPaths.Examples, example, "change.yaml"), "--format", "csv");
        var json = System.Text.Json.JsonDocument.Parse(CliRun.Invoke("assess", Path.Combine(RepositoryPaths.Examples, example, "change.yaml"), "--format", "json").Out);
        var rows = ReadCsv(run.Out);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(AssessmentExport.EvidenceColumns, rows[0]);
        var expected = json.RootElement.GetProperty("markets").EnumerateArray().Sum(m => m.GetProperty("evidence").EnumerateArray().Sum(e => e.GetProperty("changes").GetArrayLength()));
        Assert.Equal(expected, rows.Count - 1);
        Assert.All(rows.Skip(1), r => Assert.Equal(AssessmentExport.EvidenceColumns.Count, r.Length));
        Assert.All(rows.Skip(1), r => Assert.Equal(["", "", ""], r[^3..]));
        Assert.All(rows.Skip(1), r => Assert.Contains(r[12], new[] { "yes", "no" }));
        Assert.EndsWith("\r\n", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\n", run.Out.Replace("\r\n", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void EvidenceAMasterFileSuppliesNamesItAndAStudyGivesItsVerdict()
    {
        var masterFile = ReadCsv(CliRun.Invoke("assess", MasterFileExample, "--format", "csv").Out);
        var study = ReadCsv(CliRun.Invoke("assess", StudyExample, "--format", "csv").Out);

        Assert.Contains(masterFile, r => r[10].StartsWith("master file ", StringComparison.Ordinal));
        Assert.Contains(study, r => r[7] == "analytical-comparability" && r[10].StartsWith("study ", StringComparison.Ordinal) && r[11].Contains(": ", StringComparison.Ordinal));
    }

    [Fact]
    public void TheWorkbookReadsBackThroughClosedXmlWithTheCsvsCellsAndADecisionsSheet()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("plan.xlsx");
        var run = CliRun.Invoke("assess", MasterFileExample, "--format", "xlsx", "-o", path);
        var csv = ReadCsv(CliRun.Invoke("assess", MasterFileExample, "--format", "csv").Out);
        var decisions = System.Text.Json.JsonDocument.Parse(CliRun.Invoke("assess", MasterFileExample, "--format", "json").Out)
            .RootElement.GetProperty("markets").EnumerateArray().Sum(m => m.GetProperty("changes").GetArrayLength());

        Assert.Equal(0, run.ExitCode);
        using var workbook = new XLWorkbook(path);
        Assert.Equal(["Evidence plan", "Decisions"], workbook.Worksheets.Select(s => s.Name));
        var plan = workbook.Worksheet("Evidence plan");
        var read = plan.RowsUsed().Select(r => Enumerable.Range(1, AssessmentExport.EvidenceColumns.Count).Select(c => r.Cell(c).GetString()).ToArray()).ToList();
        Assert.Equal(csv, read);
        var sheet = workbook.Worksheet("Decisions");
        Assert.Equal(AssessmentExport.DecisionColumns, Enumerable.Range(1, AssessmentExport.DecisionColumns.Count).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal(decisions, sheet.RowsUsed().Count() - 1);
    }

    [Fact]
    public void TheSameAssessmentGivesTheSameWorkbookBytes()
    {
        using var folder = new TemporaryDirectory();
        CliRun.Invoke("assess", StudyExample, "--format", "xlsx", "-o", folder.File("a.xlsx"));
        CliRun.Invoke("assess", StudyExample, "--format", "xlsx", "-o", folder.File("b.xlsx"));

        Assert.Equal(File.ReadAllBytes(folder.File("a.xlsx")), File.ReadAllBytes(folder.File("b.xlsx")));
    }

    [Fact]
    public void CellsThatASpreadsheetWouldRunAsAFormulaAreNeutralised()
    {
        var table = new ExportTable("Evidence plan", ["a", "b", "c", "d", "e"], [["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "plain, \"quoted\"\nline"]]);
        var csv = ReadCsv(CsvExport.Write(table));
        using var workbook = new XLWorkbook(new MemoryStream(XlsxExport.Write([table], new DateOnly(2027, 1, 1))));
        var row = workbook.Worksheet(1).Row(2);

        Assert.Equal(["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2", "'@SUM(A1)", "plain, \"quoted\"\nline"], csv[1]);
        Assert.All(Enumerable.Range(1, 5), c => Assert.False(row.Cell(c).HasFormula));
        Assert.Equal(csv[1], Enumerable.Range(1, 5).Select(c => row.Cell(c).GetString()));
    }

    [Fact]
    public void AWorkbookNeedsAFileToGoTo()
    {
        var run = CliRun.Invoke("assess", StudyExample, "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("DG9004", run.Error, StringComparison.Ordinal);
    }
}

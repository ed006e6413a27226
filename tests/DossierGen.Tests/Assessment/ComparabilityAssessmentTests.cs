using System.Globalization;
using System.Text.Json;
using DossierGen.Assessment;
using DossierGen.Comparability;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Tests.Golden;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Assessment;

/// <summary>Studies in the assessment: the JSON block of contract 2.1, the evidence plan's status and findings, and the table.</summary>
public sealed class ComparabilityAssessmentTests
{
    private const string SiteMove = "aav-ds-site-move-licensed-facility";
    private const string ScaleUp = "aav-upstream-scale-up";
    private const string ClosedSystem = "cart-closed-automated-manufacture";

    private static EvidenceItem AnalyticalComparability(ChangeAssessment assessment, Market market) =>
        assessment.Markets.Single(m => m.Market == market).Evidence.Single(e => e.Kind == "analytical-comparability");

    private static ChangeAssessment AssessCopy(string example, Func<string, string> editStudy, string studyFile)
    {
        using var scratch = new TemporaryDirectory();
        Folders.Copy(Path.Combine(RepositoryPaths.Examples, example), scratch.Path);
        File.WriteAllText(scratch.File(studyFile), editStudy(File.ReadAllText(scratch.File(studyFile))));
        var diagnostics = new DiagnosticBag();
        var change = new ChangeFileReader(RepositoryPaths.RepositoryWorkspace.InputSources).Read(scratch.File("change.yaml"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return AssessmentEngine.Assess(change!, RepositoryRules.Set, change!.ImplementationDate!.Value);
    }

    [Fact]
    public void TheComparabilityBlockFollowsTheContractsKeysOrderAndNulls()
    {
        using var json = JsonDocument.Parse(AssessmentJsonWriter.Write(ExampleAssessmentTests.AssessExample(SiteMove)));
        var study = json.RootElement.GetProperty("comparability")[0];
        var attributes = study.GetProperty("attributes").EnumerateArray().ToList();

        Assert.Equal(["id", "covers", "design", "verdict", "attributes"], study.EnumerateObject().Select(p => p.Name));
        string[] contractKeys = ["name", "cqa", "criterion", "nPre", "nPost", "interval", "factor", "difference", "ci", "margin", "outside", "verdict"];
        Assert.All(attributes, a => Assert.Equal([.. contractKeys, "transform", "pairs"], a.EnumerateObject().Select(p => p.Name)));
        var titre = attributes[0];
        Assert.Equal(JsonValueKind.Null, titre.GetProperty("difference").ValueKind);
        Assert.Equal(JsonValueKind.Null, titre.GetProperty("ci").ValueKind);
        Assert.Equal(JsonValueKind.Null, titre.GetProperty("margin").ValueKind);
        var potency = attributes.Single(a => a.GetProperty("criterion").GetString() == "equivalence");
        Assert.Equal(JsonValueKind.Null, potency.GetProperty("interval").ValueKind);
        Assert.Equal(15, potency.GetProperty("margin").GetDouble());
        var limits = attributes.First(a => a.GetProperty("criterion").GetString() == "limits").GetProperty("interval");
        Assert.Equal(JsonValueKind.Null, limits[0].ValueKind);
        Assert.Equal(100, limits[1].GetDouble());
        Assert.Equal(JsonValueKind.Null, attributes.Single(a => a.GetProperty("criterion").GetString() == "conforms").GetProperty("factor").ValueKind);
    }

    [Fact]
    public void NumbersInTheJsonReadBackToTheSameDoubles()
    {
        var assessment = ExampleAssessmentTests.AssessExample(SiteMove);
        using var json = JsonDocument.Parse(AssessmentJsonWriter.Write(assessment));
        var written = json.RootElement.GetProperty("comparability")[0].GetProperty("attributes");

        for (var i = 0; i < assessment.Comparability[0].Attributes.Count; i++)
        {
            var analysis = assessment.Comparability[0].Attributes[i];
            if (analysis.Interval is { Lower: { } lower, Upper: { } upper })
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(lower), BitConverter.DoubleToInt64Bits(written[i].GetProperty("interval")[0].GetDouble()));
                Assert.Equal(BitConverter.DoubleToInt64Bits(upper), BitConverter.DoubleToInt64Bits(written[i].GetProperty("interval")[1].GetDouble()));
            }

            if (analysis.Equivalence is { } tost)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(tost.Ci.Lower), BitConverter.DoubleToInt64Bits(written[i].GetProperty("ci")[0].GetDouble()));
                Assert.Equal(BitConverter.DoubleToInt64Bits(tost.Difference), BitConverter.DoubleToInt64Bits(written[i].GetProperty("difference").GetDouble()));
            }
        }
    }

    [Fact]
    public void TheJsonIsTheSameBytesUnderEveryCulture()
    {
        var outputs = new[] { "en-US", "de-DE", "tr-TR", "ar-SA", "fr-CH" }.Select(name =>
        {
            var previous = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                return AssessmentJsonWriter.Write(ExampleAssessmentTests.AssessExample(ClosedSystem));
            }
            finally
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
            }
        }).Distinct().ToList();

        Assert.Single(outputs);
    }

    [Fact]
    public void AComparableStudyMakesTheEvidenceSuppliedAndNamesIt()
    {
        var item = AnalyticalComparability(ExampleAssessmentTests.AssessExample(SiteMove), Market.US);

        Assert.Equal(["HBG-CMP-2026-064-01"], item.Studies);
        Assert.Equal(EvidenceStatus.Supplied, item.Status);
    }

    [Fact]
    public void AFailingCqaMakesTheEvidenceFailingWithAWarningNamingTheAttributeAndLots()
    {
        var assessment = ExampleAssessmentTests.AssessExample(ScaleUp);

        foreach (var market in assessment.Markets)
        {
            Assert.Equal(EvidenceStatus.Failing, AnalyticalComparability(assessment, market.Market).Status);
            var warning = Assert.Single(market.Findings, f => f.Message.StartsWith("comparability study", StringComparison.Ordinal));
            Assert.Equal(("warning", null, "C1"), (warning.Severity, warning.Rule, warning.Change));
            Assert.Contains("Full capsids (lots FR500-26-002, FR500-26-003 outside quality-range [38.77, 45.35])", warning.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TooFewLotsMakeTheEvidenceIncompleteWithAWarning()
    {
        var assessment = AssessCopy(SiteMove, s => s.Replace("      B5-26-002: 4.2e13\n", "").Replace("      B5-26-001: 4.5e13\n", "").Replace("      B5-26-003: 4.7e13\n", ""), "comparability-building-5-ppq.yaml");

        Assert.Equal(Verdict.InsufficientData, assessment.Comparability[0].Verdict);
        Assert.Equal(EvidenceStatus.Incomplete, AnalyticalComparability(assessment, Market.EU).Status);
        Assert.Contains(assessment.Markets[1].Findings, f => f.Message.Contains("too few lots to judge Capsid titre (6 pre and 0 post lots with results)", StringComparison.Ordinal));
    }

    [Fact]
    public void AChangeNoStudyCoversLeavesTheEvidenceToBeSupplied()
    {
        var assessment = AssessCopy(ClosedSystem, s => s.Replace("covers: [C1, C2]", "covers: [C1]"), "comparability-split-apheresis.yaml");

        var item = AnalyticalComparability(assessment, Market.US);
        Assert.Equal(["C1", "C2"], item.Changes);
        Assert.Equal(["KST-CMP-2027-004-01"], item.Studies);
        Assert.Equal(EvidenceStatus.ToBeSupplied, item.Status);
    }

    [Fact]
    public void AChangeFileWithoutStudiesKeepsItsAssessmentJsonAsItWas()
    {
        var json = AssessmentJsonWriter.Write(ExampleAssessmentTests.AssessExample("cart-il2-supplier-change"));

        Assert.DoesNotContain("\"comparability\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"studies\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTableShowsEachAttributesCriterionIntervalLotsOutsideAndVerdict()
    {
        var run = CliRun.Invoke("assess", Path.Combine(RepositoryPaths.Examples, ScaleUp, "change.yaml"));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("independent design, covers C1: not-comparable", StringComparison.Ordinal));
        var fullCapsids = Assert.Single(lines, l => l.TrimStart().StartsWith("Full capsids", StringComparison.Ordinal));
        Assert.Matches(@"quality range, k = 3\s+\[38\.77, 45\.35\]\s+FR500-26-002, FR500-26-003\s+not-comparable", fullCapsids);
        Assert.Contains(lines, l => l.Contains("analytical-comparability", StringComparison.Ordinal) && l.Contains("HBG-CMP-2026-012-01 (failing)", StringComparison.Ordinal));
    }
}

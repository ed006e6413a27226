using System.Globalization;
using BenchmarkDotNet.Attributes;
using DossierGen.Assessment;
using DossierGen.Comparability;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Inputs.Comparability;
using DossierGen.Markdown.Charts;
using DossierGen.Templates;
using DossierGen.Word.Charts;

namespace DossierGen.Benchmarks;

/// <summary>
/// Issue 12's target: a study of 200 lots (150 pre, 50 post) and 40 attributes, the six criteria in
/// turn, judged alone, and judged then written into the site-move example's whole dossier (its three
/// comparability sections, 40 charts each, and the memo); and what one 200-lot chart costs.
/// </summary>
[MemoryDiagnoser]
public class ComparabilityBenchmarks
{
    private const int PreLots = 150;
    private const int PostLots = 50;
    private const int Attributes = 40;

    private ComparabilityStudy _study = null!;
    private ChangeAssessment _assessment = null!;
    private TemplateSet _templates = null!;
    private string _chart = "";

    [GlobalSetup]
    public void Setup()
    {
        var (rules, templates, change) = ExampleInputs.Load("aav-ds-site-move-licensed-facility");
        _templates = templates;
        _assessment = AssessmentEngine.Assess(change, rules, change.ImplementationDate!.Value);
        _study = Study();
        var analysis = StudyAnalyzer.Analyze(_study);
        _chart = new StudyModelChart(analysis).Body;
    }

    [Benchmark(Description = "assess a study of 200 lots x 40 attributes")]
    public StudyAnalysis Assess() => StudyAnalyzer.Analyze(_study);

    [Benchmark(Description = "assess it + generate the whole dossier with it")]
    public IReadOnlyList<GeneratedFile>? AssessAndGenerate() =>
        DossierGenerator.Generate(_assessment with { Comparability = [StudyAnalyzer.Analyze(_study)] }, _templates, new DiagnosticBag());

    [Benchmark(Description = "one chart of 200 lots: read the block, write the chart part")]
    public string OneChart() => ChartPart.Xml(ChartBlockReader.Read(_chart).Chart!);

    public static void Profile()
    {
        var b = new ComparabilityBenchmarks();
        b.Setup();
        var assessment = b._assessment with { Comparability = [StudyAnalyzer.Analyze(b._study)] };
        var market = assessment.Markets[0];
        var planned = SectionPlanner.Plan(b._templates.Outline, assessment.Description, market).First(p => p.Section.Template.Contains("comparability", StringComparison.Ordinal));
        for (var round = 0; round < 3; round++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var models = new DossierModelBuilder(b._templates.Labels);
            var model = models.Section(assessment, market, planned);
            var t1 = watch.ElapsedMilliseconds;
            var markdown = b._templates.Render(planned.Section.Template, model, new DiagnosticBag())!;
            var t2 = watch.ElapsedMilliseconds;
            var charts = Generation.Charts.ChartBlocks.Read(markdown);
            var t3 = watch.ElapsedMilliseconds;
            var twin = Generation.Charts.ChartBlocks.Twin(markdown, charts);
            var t4 = watch.ElapsedMilliseconds;
            var doc = Markdown.DossierMarkdown.Parse(markdown);
            var t5 = watch.ElapsedMilliseconds;
            var docx = Word.MarkdownToDocx.Convert(markdown, new Word.DocumentInfo("t", "s", "h", new DateOnly(2026, 1, 1), "en-GB"), b._templates.Reference);
            var t6 = watch.ElapsedMilliseconds;
            Console.WriteLine($"model {t1} render {t2 - t1} charts-read {t3 - t2} twin {t4 - t3} parse {t5 - t4} docx {t6 - t5} ms; md {markdown.Length} chars, docx {docx.Length} bytes");
        }
    }

    /// <summary>Deterministic data: lot i's value of attribute a is a fixed wave about 100, post lots a little higher.</summary>
    private static ComparabilityStudy Study()
    {
        var lots = Enumerable.Range(0, PreLots + PostLots).Select(i => new StudyLot(
            $"L{i.ToString("D3", CultureInfo.InvariantCulture)}", i < PreLots ? LotGroup.Pre : LotGroup.Post, null, "Site", "500 L", new DateOnly(2025, 1, 1).AddDays(i), "commercial")).ToList();
        Criterion[] criteria =
        [
            new QualityRangeCriterion(3), new ToleranceIntervalCriterion(0.99, 0.95), new MinMaxCriterion(),
            new EquivalenceCriterion(15, null, 0.05), new LimitsCriterion(50, 150), new EquivalenceCriterion(null, 1.5, 0.05),
        ];
        var attributes = Enumerable.Range(0, Attributes).Select(a => new AttributeUnderStudy(
            $"Attribute {a + 1}", "Method", "%", Cqa: true, a % 5 == 0 ? ValueTransform.Log10 : ValueTransform.None, criteria[a % criteria.Length],
            [.. lots.Select((l, i) => new LotResult(l.Id, Math.Round(100 + (8 * Math.Sin((i * 0.7) + a)) + (l.Group == LotGroup.Post ? 1 : 0), 1), null))])).ToList();
        return new ComparabilityStudy("CMP-BENCH-01", "Benchmark study", ["C1"], StudyDesign.Independent, lots, attributes, "bench.yaml", null);
    }

    /// <summary>The first attribute's chart block as the template model writes it.</summary>
    private sealed class StudyModelChart(StudyAnalysis analysis)
    {
        public string Body { get; } = Templates.Comparability.StudyModelBuilder.Build(analysis).Attributes[0].Chart!;
    }
}

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
/// turn, judged alone, and judged then written into the site-move example's whole dossier (its one
/// shared 3.2.S.2.6 with the 40 charts, the other sections and the memo); and what one 200-lot chart costs.
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

    /// <summary>
    /// Where the time of one comparability section goes, phase by phase (the path DossierGenerator
    /// takes), and the whole generation: best and median of the rounds, and bytes allocated.
    /// </summary>
    /// <param name="wholeOnly">Time only the whole dossier, round after round (as a build without the phases can be timed, for before and after).</param>
    public static void Profile(int rounds = 3, bool wholeOnly = false)
    {
        var b = new ComparabilityBenchmarks();
        b.Setup();
        if (wholeOnly)
        {
            var whole = new PhaseTimer();
            for (var round = 0; round < rounds; round++)
            {
                whole.Time("whole dossier (assess + generate)", b.AssessAndGenerate);
            }

            whole.Report(Console.Out);
            Console.WriteLine($"garbage collections: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms in all");
            return;
        }

        var assessment = b._assessment with { Comparability = [StudyAnalyzer.Analyze(b._study)] };
        var market = assessment.Markets[0];
        var planned = SectionPlanner.Plan(b._templates.Outline, assessment.Description, market).First(p => p.Section.Template.Contains("comparability", StringComparison.Ordinal));
        var info = new Word.DocumentInfo("t", "s", "h", new DateOnly(2026, 1, 1), "en-GB");
        var phases = new PhaseTimer();
        IReadOnlyList<Generation.Charts.ChartBlock> charts = [];
        for (var round = 0; round < rounds; round++)
        {
            var model = phases.Time("model", () => new DossierModelBuilder(b._templates.Labels).Section(assessment, market, planned));
            var markdown = phases.Time("templates", () => b._templates.Render(planned.Section.Template, model, new DiagnosticBag())!);
            charts = phases.Time("chart blocks read", () => Generation.Charts.ChartBlocks.Read(markdown));
            phases.Time("chart parts written (all charts)", () =>
            {
                var bytes = 0;
                foreach (var chart in charts)
                {
                    var xml = new System.Text.StringBuilder();
                    Word.Charts.ChartPart.Write(xml, chart.Chart!);
                    bytes += xml.Length;
                }

                return bytes;
            });
            phases.Time("Markdown twin", () => Generation.Charts.ChartBlocks.Twin(markdown, charts));
            var document = phases.Time("Word: parse", () => Markdown.DossierMarkdown.Parse(markdown));
            var content = new Word.WordContent();
            phases.Time("Word: render", () => new Word.WordRenderer(content, info, b._templates.Reference) { TextWidth = b._templates.Reference.PageOn(info.Paper).TextWidth, Charts = Generation.Charts.ChartBlocks.Known(charts) }.Render(document));
            phases.Time("Word: package", () => Word.DocxWriter.Write(content, info, b._templates.Reference));
            phases.Time("whole dossier (assess + generate)", b.AssessAndGenerate);
        }

        phases.Report(Console.Out);
        Console.WriteLine($"{charts.Count} charts in the section: per chart, divide the chart phases by {charts.Count}");
        var files = b.AssessAndGenerate()!;
        Console.WriteLine($"{files.Count} files, {files.Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).Sum(f => f.Content.Length)} bytes of .docx");
        Console.WriteLine($"garbage collections: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms in all");
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

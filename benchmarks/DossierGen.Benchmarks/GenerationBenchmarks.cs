using BenchmarkDotNet.Attributes;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Templates;

namespace DossierGen.Benchmarks;

/// <summary>
/// One example's whole dossier in process, after start-up (rules, templates and change loaded,
/// templates compiled once): the templates alone (assessment to Markdown) and the whole generation.
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    private TemplateSet _templates = null!;
    private ChangeAssessment _assessment = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (rules, templates, change) = ExampleInputs.Load();
        _templates = templates;
        _assessment = AssessmentEngine.Assess(change, rules, change.ImplementationDate!.Value);
    }

    [Benchmark(Description = "templates of one dossier to Markdown")]
    public int RenderTemplates()
    {
        var diagnostics = new DiagnosticBag();
        var models = new DossierModelBuilder(_templates.Labels);
        var length = 0;
        foreach (var market in _assessment.Markets)
        {
            foreach (var planned in SectionPlanner.Plan(_templates.Outline, _assessment.Description, market))
            {
                length += _templates.Render(planned.Section.Template, models.Section(_assessment, market, planned), diagnostics)!.Length;
            }
        }

        return length + _templates.Render(TemplateSet.AssessmentTemplate, models.Assessment(_assessment), diagnostics)!.Length;
    }

    [Benchmark(Description = "generate one dossier (Markdown, Word, JSON, manifest)")]
    public IReadOnlyList<GeneratedFile>? GenerateDossier() => DossierGenerator.Generate(_assessment, _templates, new DiagnosticBag());
}

using BenchmarkDotNet.Attributes;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Benchmarks;

/// <summary>
/// The target: assessing a 10-change file for three markets after start-up (rules and
/// change already loaded), plus the start-up stages for context.
/// </summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private string _rulesDirectory = "";
    private string _changePath = "";
    private RuleSet _rules = null!;
    private ChangeDescription _change = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.Find();
        _rulesDirectory = Path.Combine(root, "rules");
        _changePath = Path.Combine(AppContext.BaseDirectory, "Inputs", "ten-changes.yaml");
        var diagnostics = new DiagnosticBag();
        _rules = RuleSetLoader.Load(_rulesDirectory, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        _change = new ChangeFileReader(new InputSources([Path.Combine(_rulesDirectory, "master-files")])).Read(_changePath, diagnostics)
            ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
    }

    [Benchmark(Description = "assess 10 changes x 3 markets")]
    public ChangeAssessment AssessTenChangesThreeMarkets() => AssessmentEngine.Assess(_change, _rules, new DateOnly(2026, 9, 1));

    [Benchmark(Description = "assess + write JSON")]
    public string AssessAndWriteJson() => AssessmentJsonWriter.Write(AssessmentEngine.Assess(_change, _rules, new DateOnly(2026, 9, 1)));

    [Benchmark(Description = "read the change file")]
    public ChangeDescription? ReadChange() => new ChangeFileReader(new InputSources([Path.Combine(_rulesDirectory, "master-files")])).Read(_changePath, new DiagnosticBag());

    [Benchmark(Description = "load all rules")]
    public RuleSet? LoadRules() => RuleSetLoader.Load(_rulesDirectory, new DiagnosticBag());
}

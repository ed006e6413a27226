using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Tests.Support;

/// <summary>A change file written to a scratch folder and read as a user's would be, for engine tests.</summary>
internal static class Scenario
{
    public const string ThreeMarketProduct = """
        product:
          name: Testvec
          modality: aav
          markets:
            US: { stage: marketed }
            EU: { stage: marketed }
            JP: { stage: marketed }
        """;

    public static ChangeDescription Read(string changeYaml, string? masterFileFolder = null)
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("change.yaml"), changeYaml.Replace("\r\n", "\n", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();
        var sources = masterFileFolder is null ? InputSources.None : new InputSources([masterFileFolder]);
        var change = new ChangeFileReader(sources).Read(scratch.File("change.yaml"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return change!;
    }

    public static RuleSet Rules(RuleFolder folder)
    {
        var diagnostics = new DiagnosticBag();
        var rules = RuleSetLoader.Load(folder.Path, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return rules!;
    }

    public static ChangeAssessment Assess(string changeYaml, RuleFolder folder, DateOnly asOf) =>
        AssessmentEngine.Assess(Read(changeYaml), Rules(folder), asOf);
}

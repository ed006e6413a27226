using DossierGen.Tests.Support;

namespace DossierGen.Tests.Registration;

/// <summary>What a user sees of the registration on the command line: explain shows it, a contradiction stops every command.</summary>
public sealed class RegistrationCliTests
{
    private static string Example(string name) => Path.Combine(RepositoryPaths.Examples, name, "change.yaml");

    [Fact]
    public void ExplainShowsTheElementEachMarketsValueAndEveryDerivedFact()
    {
        var run = CliRun.Invoke("explain", Example("aav-transfection-density-registered-ranges"), "--market", "EU");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Registered element DS-PP-TRANSFECTION-DENSITY (process-parameter, drug-substance)", run.Out, StringComparison.Ordinal);
        Assert.Contains("    US: 1.5–3.0 × 10⁶ cells/mL", run.Out, StringComparison.Ordinal);
        Assert.Contains("    EU: 2.0–2.5 × 10⁶ cells/mL (set point 2.2 × 10⁶ cells/mL) (the market's own value)", run.Out, StringComparison.Ordinal);
        Assert.Contains("derived for EU: widened; within the approved range: no", run.Out, StringComparison.Ordinal);
        Assert.Contains("change.nature = parameter-range-change", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainTracesAnEstablishedConditionThatLowersTheRulesCategory()
    {
        var run = CliRun.Invoke("explain", Example("aav-plcm-established-conditions"), "--market", "US", "--change", "C1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Classified PAS, then CBE-30 by the established condition's agreed reporting category (lowered-by-ec).", run.Out, StringComparison.Ordinal);
        Assert.Contains("registration decides: lowered-by-ec", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatedFactThatContradictsTheRegistrationStopsGenerateAndWritesNothing()
    {
        using var scratch = new TemporaryDirectory();
        var change = scratch.File("change.yaml");
        File.Copy(Path.Combine(RepositoryPaths.TestInputs, "Malformed", "registered-stated-nature-contradicts.yaml"), change);
        var output = scratch.File("out");

        var run = CliRun.Invoke("generate", change, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{change}(24,13): error DG1405: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}

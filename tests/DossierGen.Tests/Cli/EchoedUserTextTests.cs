using DossierGen.Tests.Support;

namespace DossierGen.Tests.Cli;

/// <summary>User text echoed in diagnostics cannot forge a line, reach the terminal as a control sequence, or hide.</summary>
public sealed class EchoedUserTextTests
{
    private static readonly string MalformedFolder = Path.Combine(RepositoryPaths.TestInputs, "Malformed");

    [Fact]
    public void KeysAndValuesWithLineBreaksEscapesAndInvisibleCharactersAreEchoedEscapedOneDiagnosticALine()
    {
        using var scratch = new TemporaryDirectory();
        File.Copy(Path.Combine(MalformedFolder, "product.yaml"), scratch.File("product.yaml"));
        File.WriteAllText(scratch.File("change.yaml"), """
            format: dossiergen/change@1
            id: CC-TEST-1
            product: product.yaml
            changes:
              - id: C1
                kind: site
                material: drug-substance
                summary: New site
                operation: "manufacturing\u200B"
                action: "add\u202E"
                site-status: new
                "colour\nx.yaml(1,1): error DG0000: forged": 1
                "title\e]0;pwned\a\e[2J": 2
            """);

        var run = CliRun.Invoke("validate", scratch.File("change.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(4, run.ErrorLines.Count);
        Assert.All(run.ErrorLines, line => Assert.StartsWith(scratch.File("change.yaml") + "(", line, StringComparison.Ordinal));
        Assert.DoesNotContain('\u001B', run.Error);
        Assert.DoesNotContain('\u200B', run.Error);
        Assert.DoesNotContain('\u202E', run.Error);
        Assert.Contains("'manufacturing\\u200B' (did you mean 'manufacturing'?)", run.Error, StringComparison.Ordinal);
        Assert.Contains("'add\\u202E'", run.Error, StringComparison.Ordinal);
        Assert.Contains("'colour\\nx.yaml(1,1): error DG0000: forged'", run.Error, StringComparison.Ordinal);
        Assert.Contains("'title\\e]0;pwned\\u0007\\e[2J'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFileNameWithALineBreakAndAnEscapeIsEchoedEscaped()
    {
        using var scratch = new TemporaryDirectory();
        var name = scratch.File("no\nsuch\u001B[2J.yaml");

        var run = CliRun.Invoke("validate", name);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith(scratch.File("no\\nsuch\\e[2J.yaml") + "(1,1): error DG1001: ", run.Error, StringComparison.Ordinal);
    }
}

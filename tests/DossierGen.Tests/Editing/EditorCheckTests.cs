using DossierGen.Diagnostics;
using DossierGen.Editing;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Editing;

/// <summary>The editor's text is checked by the reader itself, and each fault names the key it concerns.</summary>
public sealed class EditorCheckTests
{
    private static readonly string Example = Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "change.yaml");

    [Fact]
    public void AnExampleAsTheEditorHoldsItHasNoFaults()
    {
        var found = EditorCheck.Run(Example, File.ReadAllText(Example), RepositoryPaths.RepositoryWorkspace);

        Assert.DoesNotContain(found, d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void APlantedWrongValueIsReportedBesideItsField()
    {
        var text = File.ReadAllText(Example).Replace("operation: manufacturing", "operation: manufacture", StringComparison.Ordinal);

        var found = EditorCheck.Run(Example, text, RepositoryPaths.RepositoryWorkspace);

        var fault = Assert.Single(found, d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.ValueNotAllowed, fault.Diagnostic.Code);
        Assert.Equal("changes[0].operation", fault.KeyPath);
        Assert.Equal(Example, fault.Diagnostic.Location.Path);
    }

    [Fact]
    public void AMissingKeyIsReportedAtTheKeyThatIsMissing()
    {
        var text = File.ReadAllText(Example).Replace("    action: replace\n", "", StringComparison.Ordinal);

        var found = EditorCheck.Run(Example, text, RepositoryPaths.RepositoryWorkspace);

        var fault = Assert.Single(found, d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
        Assert.Equal(DiagnosticCodes.MissingRequiredKey, fault.Diagnostic.Code);
        Assert.Equal("changes[0].action", fault.KeyPath);
    }

    [Fact]
    public void TheFileOnDiskIsNeitherReadForTheTextNorWritten()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("change.yaml");
        File.WriteAllText(scratch.File("product.yaml"), File.ReadAllText(Path.Combine(Path.GetDirectoryName(Example)!, "product.yaml")));

        var found = EditorCheck.Run(path, File.ReadAllText(Example).Replace("id: C1", "id: C 1", StringComparison.Ordinal), RepositoryPaths.RepositoryWorkspace);

        Assert.False(File.Exists(path));
        Assert.Contains(found, d => d.Diagnostic.Code == DiagnosticCodes.InvalidId && d.KeyPath == "changes[0].id");
    }

    [Fact]
    public void ASyntaxErrorIsLocatedAtItsLine()
    {
        var text = File.ReadAllText(Example).Replace("    action: replace", "    action: [replace", StringComparison.Ordinal);

        var found = EditorCheck.Run(Example, text, RepositoryPaths.RepositoryWorkspace);

        Assert.Contains(found, d => d.Diagnostic.Code == DiagnosticCodes.YamlSyntax);
    }
}

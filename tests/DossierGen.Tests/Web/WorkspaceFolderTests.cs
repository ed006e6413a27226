using DossierGen.Diagnostics;
using DossierGen.Tests.Support;
using DossierGen.Web.Folder;

namespace DossierGen.Tests.Web;

/// <summary>The served folder admits exactly the paths inside it, whatever links and dots a request carries.</summary>
public sealed class WorkspaceFolderTests : IDisposable
{
    private readonly TemporaryDirectory _scratch = new();
    private readonly WorkspaceFolder _folder;

    public WorkspaceFolderTests()
    {
        var served = Directory.CreateDirectory(Path.Combine(_scratch.Path, "served")).FullName;
        var outside = Directory.CreateDirectory(Path.Combine(_scratch.Path, "outside")).FullName;
        File.WriteAllText(Path.Combine(outside, "secret.yaml"), "x: 1\n");
        Directory.CreateDirectory(Path.Combine(served, "changes"));
        File.WriteAllText(Path.Combine(served, "changes", "change.yaml"), "x: 1\n");
        File.CreateSymbolicLink(Path.Combine(served, "escape"), outside);
        File.CreateSymbolicLink(Path.Combine(served, "changes", "secret.yaml"), Path.Combine(outside, "secret.yaml"));
        File.CreateSymbolicLink(Path.Combine(served, "inner"), Path.Combine(served, "changes"));
        _folder = WorkspaceFolder.Open(served, new DiagnosticBag())!;
    }

    [Theory]
    [InlineData("../outside/secret.yaml")]
    [InlineData("changes/../../outside/secret.yaml")]
    [InlineData("/etc/passwd")]
    [InlineData("escape/secret.yaml")]
    [InlineData("changes/secret.yaml")]
    [InlineData(".git/config")]
    [InlineData("changes\\..\\..\\outside")]
    [InlineData("changes//change.yaml")]
    [InlineData("")]
    [InlineData("~/x.yaml")]
    [InlineData("changes/change.yaml\0.txt")]
    public void APathLeadingOutsideOrIntoHiddenPartsIsRefused(string relative)
    {
        Assert.False(_folder.TryResolve(relative, out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Theory]
    [InlineData("changes/change.yaml")]
    [InlineData("inner/change.yaml")]
    [InlineData("changes/new-file.yaml")]
    public void APathInsideResolvesToItsRealPlace(string relative)
    {
        Assert.True(_folder.TryResolve(relative, out var full, out _));
        Assert.True(_folder.IsInside(full));
    }

    [Fact]
    public void OnlyExistingYamlFilesAreOfferedAsChangeFiles()
    {
        Assert.True(_folder.TryResolveYamlFile("changes/change.yaml", out _, out _));
        Assert.False(_folder.TryResolveYamlFile("changes/missing.yaml", out _, out _));
        Assert.False(_folder.TryResolveYamlFile("changes", out _, out _));
    }

    public void Dispose() => _scratch.Dispose();
}

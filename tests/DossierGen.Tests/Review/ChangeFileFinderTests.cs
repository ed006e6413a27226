using System.Diagnostics;
using DossierGen.Diagnostics;
using DossierGen.Review;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

/// <summary>Finding change files under a folder: nothing that looks like a change is skipped without a word, and each real folder is walked once.</summary>
public sealed class ChangeFileFinderTests
{
    private const string ChangeHead = "format: dossiergen/change@1\nid: CC-1\nproduct: product.yaml\nchanges:\n  - id: C1\n";

    private static (IReadOnlyList<string> Found, IReadOnlyList<Diagnostic> Diagnostics) Find(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var task = Task.Run(() => ChangeFileFinder.Find(directory, diagnostics));
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "the search did not finish: a loop or a FIFO must not stall it");
        return (task.Result, diagnostics.Sorted());
    }

    private static void Write(TemporaryDirectory scratch, string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(scratch.File(relative))!);
        File.WriteAllText(scratch.File(relative), text);
    }

    [Fact]
    public void AChangeFileWithAMistypedFormatIsReportedWithTheNearestFormat()
    {
        using var scratch = new TemporaryDirectory();
        Write(scratch, "cc/change.yaml", ChangeHead.Replace("change@1", "chnage@1", StringComparison.Ordinal));

        var (found, diagnostics) = Find(scratch.Path);

        Assert.Empty(found);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DG1215", diagnostic.Code);
        Assert.Equal(new SourceLocation(scratch.File("cc/change.yaml"), 1, 9), diagnostic.Location);
        Assert.Contains("format is 'dossiergen/chnage@1' (did you mean 'dossiergen/change@1'?)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id: CC-1\nproduct: product.yaml\nchanges:\n  - id: C1\n", "'changes:'")]
    [InlineData("# a change, format line forgotten\nid: CC-1\ntitle: x\nproduct: product.yaml\n", "'id:' and 'product:'")]
    [InlineData("format: dossiergen/change@2\nchanges: []\n", "'changes:'")]
    public void AFileThatLooksLikeAChangeButIsNotReadAsOneIsReported(string text, string evidence)
    {
        using var scratch = new TemporaryDirectory();
        Write(scratch, "change.yaml", text);

        var (found, diagnostics) = Find(scratch.Path);

        Assert.Empty(found);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DG1215", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"looks like a change file (it has {evidence})", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherDossierGenFilesAndOtherYamlAreNeitherFoundNorReported()
    {
        using var scratch = new TemporaryDirectory();
        Write(scratch, "cc/change.yaml", ChangeHead);
        File.Copy(Path.Combine(RepositoryPaths.TestInputs, "Valid", "product.yaml"), scratch.File("cc/product.yaml"));
        File.Copy(Path.Combine(RepositoryPaths.TestInputs, "Valid", "master-files", "TEST-LVV.yaml"), scratch.File("cc/mf.yaml"));
        Write(scratch, "dossiergen.yaml", "format: dossiergen/config@1\nrules: rules\n");
        Write(scratch, "ci/workflow.yml", "name: ci\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n");
        Write(scratch, "notes.yaml", "id: 12\ntitle: not a change\n");
        Write(scratch, "empty.yaml", "");

        var (found, diagnostics) = Find(scratch.Path);

        Assert.Equal([scratch.File("cc/change.yaml")], found);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void SymlinkedFolderLoopsAreWalkedOnceEachRealFolderOnce()
    {
        using var scratch = new TemporaryDirectory();
        Write(scratch, "a/change.yaml", ChangeHead);
        Write(scratch, "a/b/other.yaml", ChangeHead.Replace("CC-1", "CC-2", StringComparison.Ordinal));
        File.CreateSymbolicLink(scratch.File("a/up"), "..");
        File.CreateSymbolicLink(scratch.File("a/b/top"), "../..");
        File.CreateSymbolicLink(scratch.File("a/self"), ".");
        File.CreateSymbolicLink(scratch.File("alias"), scratch.File("a"));
        File.CreateSymbolicLink(scratch.File("ping"), "pong");
        File.CreateSymbolicLink(scratch.File("pong"), "ping");

        var (found, diagnostics) = Find(scratch.Path);

        Assert.Equal([scratch.File("a/b/other.yaml"), scratch.File("a/change.yaml")], found);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void AChangeFileReachedByTwoNamesIsFoundOnce()
    {
        using var scratch = new TemporaryDirectory();
        Write(scratch, "a/change.yaml", ChangeHead);
        File.CreateSymbolicLink(scratch.File("a/same.yaml"), "change.yaml");

        var (found, _) = Find(scratch.Path);

        Assert.Equal([scratch.File("a/change.yaml")], found);
    }

    [Fact]
    public void AFifoNamedLikeAYamlFileIsNeverOpened()
    {
        using var scratch = new TemporaryDirectory();
        Write(scratch, "a/change.yaml", ChangeHead);
        using (var mkfifo = Process.Start("mkfifo", scratch.File("a/pipe.yaml")))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var (found, diagnostics) = Find(scratch.Path);

        Assert.Equal([scratch.File("a/change.yaml")], found);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void ABrokenLinkNamedLikeAYamlFileIsReported()
    {
        using var scratch = new TemporaryDirectory();
        File.CreateSymbolicLink(scratch.File("gone.yaml"), "missing.yaml");

        var (_, diagnostics) = Find(scratch.Path);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DG1001", diagnostic.Code);
        Assert.Equal(scratch.File("gone.yaml"), diagnostic.Location.Path);
    }
}

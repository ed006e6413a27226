using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

/// <summary>check, batch and impact do not report success when they found nothing to check, or could not read what they found.</summary>
public sealed class NoFalseGreenTests
{
    private static readonly string SiteTransfer = Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer");

    /// <summary>Runs on a worker thread so that walking in circles fails the test instead of stalling the suite.</summary>
    private static CliRun Guarded(Func<CliRun> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromSeconds(120)), "the command did not finish");
        return task.Result;
    }

    private static void CopyExample(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*.yaml"))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("batch")]
    [InlineData("impact", "--master-file", "LENTIPLAT-3")]
    public void AFolderWithoutChangeFilesIsAnErrorUnlessAllowed(string command, params string[] options)
    {
        using var scratch = new TemporaryDirectory();
        Directory.CreateDirectory(scratch.File("empty"));

        var refused = CliRun.InvokeIn(scratch.Path, [command, "empty", .. options]);
        var allowed = CliRun.InvokeIn(scratch.Path, [command, "empty", .. options, "--allow-empty"]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Equal(["dossiergen: error DG9005: no change file (format: dossiergen/change@1) under 'empty'; if that is expected, pass --allow-empty"], refused.ErrorLines);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal("", allowed.Error);
    }

    [Fact]
    public void CheckFailsWhenAChangeFileBesideTheCommittedOnesHasAMistypedFormatLine()
    {
        using var scratch = new TemporaryDirectory();
        CopyExample(SiteTransfer, scratch.File("cc-1"));
        Assert.Equal(0, CliRun.Invoke("generate", scratch.File("cc-1/change.yaml"), "-o", scratch.File("out")).ExitCode);
        CopyExample(SiteTransfer, scratch.File("cc-2"));
        var typo = scratch.File("cc-2/change.yaml");
        File.WriteAllText(typo, File.ReadAllText(typo).Replace("format: dossiergen/change@1", "format: dossiergen/change@l", StringComparison.Ordinal));

        var run = CliRun.InvokeIn(scratch.Path, "check", scratch.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{typo}(2,9): error DG1215: this looks like a change file", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("every dossier matches", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BatchStillGeneratesTheOthersButFailsOnAFileThatLooksLikeAChange()
    {
        using var scratch = new TemporaryDirectory();
        CopyExample(SiteTransfer, scratch.File("cc-1"));
        File.WriteAllText(scratch.File("cc-2.yaml"), "id: CC-2\nproduct: cc-1/product.yaml\nchanges: []\n");

        var run = CliRun.Invoke("batch", scratch.Path, "-o", scratch.File("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG1215", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(scratch.File("out/HBG-CC-2026-031/manifest.json")));
    }

    [Fact]
    public void CheckInAFolderWithASymlinkLoopChecksEachChangeOnce()
    {
        using var scratch = new TemporaryDirectory();
        CopyExample(SiteTransfer, scratch.File("changes/cc-1"));
        Assert.Equal(0, CliRun.Invoke("generate", scratch.File("changes/cc-1/change.yaml"), "-o", scratch.File("out")).ExitCode);
        File.CreateSymbolicLink(scratch.File("changes/cc-1/loop"), "../..");
        File.CreateSymbolicLink(scratch.File("changes/again"), "cc-1");

        var run = Guarded(() => CliRun.InvokeIn(scratch.Path, "check", scratch.Path));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 change file(s): every dossier matches", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpactOfAMasterFileIdNoMasterFileHasFailsWithTheNearestId()
    {
        var run = CliRun.Invoke("impact", "--master-file", "LENTIPLAT-4", RepositoryPaths.Examples);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal(["dossiergen: error DG9006: --master-file 'LENTIPLAT-4': no master file has this id (did you mean 'LENTIPLAT-3'?)"], run.ErrorLines);
    }

    [Theory]
    [InlineData("NGP-HQ-PLASMID-2", 1)]
    [InlineData("LENTIPLAT-3", 2)]
    public void ImpactOfAMasterFileReferencedByPathOrIdIsFound(string id, int programmes)
    {
        var run = CliRun.Invoke("impact", "--master-file", id, RepositoryPaths.Examples);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{id}: {programmes} programme(s) reference it", run.Out, StringComparison.Ordinal);
    }
}

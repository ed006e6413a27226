using System.Text.Json.Nodes;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation;

/// <summary>
/// generate, batch and check replace (or read) OUT/&lt;change-id&gt; only when it is a dossier
/// DossierGen wrote: its manifest lists every file in it, and it holds no input and no .git.
/// Every case starts from the layout <c>init</c> writes, where the change's own folder is named
/// like the change id.
/// </summary>
public sealed class OutputFolderSafetyTests
{
    [Fact]
    public void GenerateIntoTheChangesFolderIsRefusedAndTheInputsStay()
    {
        using var workspace = Initialised();

        var run = Refused(workspace, "generate", workspace.File("changes/CC-0001/change.yaml"), "-o", workspace.File("changes"));

        Assert.Contains($"{workspace.File("changes/CC-0001")}(1,1): error DG3013:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOutputFolderInTheConfigurationThatHoldsTheChangesIsRefused()
    {
        using var workspace = Initialised();
        File.WriteAllText(workspace.File("dossiergen.yaml"), "format: dossiergen/config@1\noutput: changes\n");

        Refused(workspace, "generate", workspace.File("changes/CC-0001/change.yaml"));
    }

    [Fact]
    public void BatchIntoTheChangesFolderReportsTheChangeAndKeepsItsInputs()
    {
        using var workspace = Initialised();

        var run = Refused(workspace, "batch", workspace.File("changes"), "-o", workspace.File("changes"), "--jobs", "1");

        Assert.Contains($"{workspace.File("changes/CC-0001")}(1,1): error DG3013:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AGitRepositoryNamedLikeTheChangeIsNeverReplaced()
    {
        using var scratch = new TemporaryDirectory();
        var repository = scratch.File("CC-0001");
        Assert.Equal(0, CliRun.Invoke("init", repository).ExitCode);
        Directory.CreateDirectory(Path.Combine(repository, ".git", "objects"));
        File.WriteAllText(Path.Combine(repository, ".git", "HEAD"), "ref: refs/heads/main\n");

        var run = Refused(scratch, "generate", Path.Combine(repository, "changes/CC-0001/change.yaml"), "-o", Path.Combine(repository, ".."));

        Assert.Contains(".git", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithAFileItsManifestDoesNotListIsRefusedNamingTheFile()
    {
        using var workspace = Initialised();
        var change = workspace.File("changes/CC-0001/change.yaml");
        Assert.Equal(0, CliRun.Invoke("generate", change).ExitCode);
        File.WriteAllText(workspace.File("dossiers/CC-0001/US/reviewer-notes.txt"), "keep me\n");

        var run = Refused(workspace, "generate", change, "--as-of", "2027-06-01");

        Assert.Contains("US/reviewer-notes.txt", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutAManifestIsRefused()
    {
        using var workspace = Initialised();
        Directory.CreateDirectory(workspace.File("dossiers/CC-0001"));
        File.WriteAllText(workspace.File("dossiers/CC-0001/draft.docx"), "mine");

        var run = Refused(workspace, "generate", workspace.File("changes/CC-0001/change.yaml"));

        Assert.Contains("manifest.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestThatListsAnInputDoesNotMakeTheInputReplaceable()
    {
        using var workspace = Initialised();
        var folder = workspace.File("changes/CC-0001");
        File.WriteAllText(Path.Combine(folder, "manifest.json"), """
            { "format": "dossiergen/manifest@1", "change": "CC-0001",
              "files": [ { "path": "change.yaml" }, { "path": "product.yaml" } ] }
            """);

        var run = Refused(workspace, "generate", Path.Combine(folder, "change.yaml"), "-o", workspace.File("changes"));

        Assert.Contains("change.yaml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ASymbolicLinkInPlaceOfTheDossierFolderIsRefused()
    {
        using var workspace = Initialised();
        Directory.CreateDirectory(workspace.File("dossiers"));
        Directory.CreateSymbolicLink(workspace.File("dossiers/CC-0001"), workspace.File("changes/CC-0001"));

        Refused(workspace, "generate", workspace.File("changes/CC-0001/change.yaml"));
    }

    [Fact]
    public void RegeneratingRemovesOnlyTheFilesTheOldManifestListed()
    {
        using var workspace = Initialised();
        var change = workspace.File("changes/CC-0001/change.yaml");
        Assert.Equal(0, CliRun.Invoke("generate", change).ExitCode);
        // A section an earlier rule set wrote and the current one does not: listed, so it goes.
        File.WriteAllText(workspace.File("dossiers/CC-0001/US/obsolete.md"), "old section\n");
        var manifest = JsonNode.Parse(File.ReadAllText(workspace.File("dossiers/CC-0001/manifest.json")))!;
        manifest["files"]!.AsArray().Add(new JsonObject { ["path"] = "US/obsolete.md", ["bytes"] = 12, ["sha256"] = "" });
        File.WriteAllText(workspace.File("dossiers/CC-0001/manifest.json"), manifest.ToJsonString());

        var run = CliRun.Invoke("generate", change);

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(workspace.File("dossiers/CC-0001/US/obsolete.md")));
        Assert.True(File.Exists(workspace.File("dossiers/CC-0001/US/1.2-cover-letter.docx")));
        Assert.True(File.Exists(change));
    }

    [Fact]
    public void CheckRefusesTheSameFoldersGenerateRefuses()
    {
        using var workspace = Initialised();
        File.WriteAllText(workspace.File("dossiergen.yaml"), "format: dossiergen/config@1\noutput: changes\n");

        var run = CliRun.Invoke("check", workspace.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{workspace.File("changes/CC-0001")}(1,1): error DG3013:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckStillReportsAFileTheOldManifestListsButNoLongerGeneratedAsExtra()
    {
        using var workspace = Initialised();
        Assert.Equal(0, CliRun.Invoke("generate", workspace.File("changes/CC-0001/change.yaml")).ExitCode);
        File.WriteAllText(workspace.File("dossiers/CC-0001/US/obsolete.md"), "old section\n");
        var manifest = JsonNode.Parse(File.ReadAllText(workspace.File("dossiers/CC-0001/manifest.json")))!;
        manifest["files"]!.AsArray().Add(new JsonObject { ["path"] = "US/obsolete.md" });
        File.WriteAllText(workspace.File("dossiers/CC-0001/manifest.json"), manifest.ToJsonString());

        var run = CliRun.Invoke("check", workspace.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("extra", run.Out, StringComparison.Ordinal);
        Assert.Contains("obsolete.md", run.Out, StringComparison.Ordinal);
    }

    /// <summary>Runs the command line and proves it refused with DG3013 and changed nothing under <paramref name="scratch"/>.</summary>
    private static CliRun Refused(TemporaryDirectory scratch, params string[] args)
    {
        var before = scratch.Snapshot();

        var run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG3013", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, scratch.Snapshot());
        return run;
    }

    /// <summary>A folder as <c>dossiergen init</c> leaves it: dossiergen.yaml (output: dossiers) and changes/CC-0001/{change,product}.yaml.</summary>
    private static TemporaryDirectory Initialised()
    {
        var workspace = new TemporaryDirectory();
        Assert.Equal(0, CliRun.Invoke("init", workspace.Path).ExitCode);
        return workspace;
    }
}

using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

/// <summary>
/// A review pack is swapped in whole as a dossier is: a real dossiergen process killed (SIGKILL, no
/// cleanup) at any step of writing the pack leaves, after the next run, the old pack or the new one
/// and no leftovers; a pack replaces only a pack.
/// </summary>
public sealed class InterruptedReviewPackTests
{
    private const string Pack = "pack";

    /// <summary>Every step of writing one pack, and whether the swap was committed when it ran.</summary>
    public static TheoryData<string, bool> Steps => new()
    {
        { $"staging:{Pack}", false },
        { $"staged:{Pack}", false },
        { "journal", false },
        { $"aside:{Pack}", false },
        { $"in:{Pack}", false },
        { "committed", true },
        { $"cleaned:{Pack}", true },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void AKillAtAnyStepLeavesTheOldPackOrTheNewOneAfterTheNextRun(string step, bool committed)
    {
        using var repo = new TemporaryDirectory();
        var change = ReviewRepository.ApprovedThenEdited(repo);
        var packs = repo.File("packs");
        var pack = Path.Combine(packs, Pack);
        Assert.Equal(0, Review(repo, change, pack).ExitCode);
        var old = FolderSnapshot.Of(pack);
        File.WriteAllText(change, File.ReadAllText(change).Replace("Site A and Site C", "Site A and Site D", StringComparison.Ordinal));
        using var elsewhere = new TemporaryDirectory();
        Assert.Equal(0, Review(repo, change, elsewhere.File(Pack)).ExitCode);
        var fresh = FolderSnapshot.Of(elsewhere.File(Pack));
        Assert.NotEqual(old, fresh);

        var killed = CliProcess.Run([("DOSSIERGEN_TEST_KILL_AT", step)], "review", change, "--since", "approved", "-o", pack);
        Assert.True(killed.ExitCode == CliProcess.Killed, $"exit {killed.ExitCode}: {killed.Error}");
        var next = Review(repo, change, Path.Combine(packs, "other"));

        Assert.Equal(0, next.ExitCode);
        Assert.Equal(["other", Pack], Directory.EnumerateFileSystemEntries(packs, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal));
        Assert.Equal(committed ? fresh : old, FolderSnapshot.Of(pack));
    }

    [Fact]
    public void APackReplacesThePackWrittenBeforeAndNeverADossierOrAFolderOfOtherFiles()
    {
        using var repo = new TemporaryDirectory();
        var change = ReviewRepository.ApprovedThenEdited(repo);
        var dossier = FolderSnapshot.Of(repo.File("dossiers/CC-0001"));
        Directory.CreateDirectory(repo.File("notes"));
        File.WriteAllText(repo.File("notes/todo.txt"), "mine");

        var first = Review(repo, change, repo.File("pack"));
        var again = Review(repo, change, repo.File("pack"));
        var onDossier = Review(repo, change, repo.File("dossiers/CC-0001"));
        var onNotes = Review(repo, change, repo.File("notes"));
        var badName = Review(repo, change, repo.File("my pack"));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("\"review\": \"CC-0001\"", File.ReadAllText(repo.File("pack/manifest.json")), StringComparison.Ordinal);
        Assert.Equal(2, onDossier.ExitCode);
        Assert.Contains("error DG3063", onDossier.Error, StringComparison.Ordinal);
        Assert.Equal(dossier, FolderSnapshot.Of(repo.File("dossiers/CC-0001")));
        Assert.Equal(2, onNotes.ExitCode);
        Assert.Contains("error DG3063", onNotes.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(repo.File("notes/todo.txt")));
        Assert.Equal(2, badName.ExitCode);
        Assert.Contains("error DG3080", badName.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(repo.File("my pack")));
    }

    private static CliRun Review(TemporaryDirectory repo, string change, string pack) =>
        CliRun.InvokeIn(repo.Path, "review", change, "--since", "approved", "-o", pack);
}

using System.Diagnostics;
using DossierGen.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation;

/// <summary>
/// A real dossiergen process is killed (SIGKILL, no cleanup) or fails as on a full disk at each step
/// of writing dossiers; the next run must find every change's folder complete, all old or all new,
/// and no hidden leftovers.
/// </summary>
public sealed class InterruptedWriteTests(InterruptedWriteTests.Dossiers dossiers) : IClassFixture<InterruptedWriteTests.Dossiers>
{
    private const string First = "HBG-CC-2026-031";
    private const string Second = "KST-CC-2026-058";
    private const string Third = "HBG-CC-2026-012";
    private const string Bystander = "OGT-VAR-2026-004";
    private const string OldDate = "2027-06-01";
    private const string NewDate = "2027-06-02";

    /// <summary>Every step of writing two dossiers, and whether the swap was committed when it ran.</summary>
    public static TheoryData<string, bool> Steps => new()
    {
        { $"staging:{First}", false },
        { $"staged:{First}", false },
        { $"staging:{Second}", false },
        { $"staged:{Second}", false },
        { "journal", false },
        { $"aside:{First}", false },
        { $"in:{First}", false },
        { $"aside:{Second}", false },
        { $"in:{Second}", false },
        { "committed", true },
        { $"cleaned:{First}", true },
        { $"cleaned:{Second}", true },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void AKillAtAnyStepLeavesTheNextRunAllOldOrAllNewDossiersAndNoLeftovers(string step, bool committed)
    {
        using var scratch = new TemporaryDirectory();
        var output = scratch.File("out");
        FolderSnapshot.Copy(dossiers.Old.Path, output);

        var killed = CliProcess.Run([("DOSSIERGEN_TEST_KILL_AT", step)], "generate", Change(First), Change(Second), "--as-of", NewDate, "-o", output);
        Assert.Equal(CliProcess.Killed, killed.ExitCode);
        var next = CliRun.Invoke("generate", Change(Bystander), "-o", output);

        Assert.Equal(0, next.ExitCode);
        Assert.Equal([Third, First, Second, Bystander], Names(output));
        var expected = committed ? dossiers.New : dossiers.Old;
        Assert.Equal(FolderSnapshot.Of(expected.File(First)), FolderSnapshot.Of(Path.Combine(output, First)));
        Assert.Equal(FolderSnapshot.Of(expected.File(Second)), FolderSnapshot.Of(Path.Combine(output, Second)));
    }

    [Fact]
    public void AKillDuringAFirstGenerationLeavesNoFolderAndNoLeftovers()
    {
        using var scratch = new TemporaryDirectory();
        var output = scratch.File("out");

        var killed = CliProcess.Run([("DOSSIERGEN_TEST_KILL_AT", $"in:{First}")], "generate", Change(First), Change(Second), "-o", output);
        Assert.Equal(CliProcess.Killed, killed.ExitCode);
        var next = CliRun.Invoke("generate", Change(Bystander), "-o", output);

        Assert.Equal(0, next.ExitCode);
        Assert.Equal([Bystander], Names(output));
    }

    [Theory]
    [InlineData($"staging:{Second}")]
    [InlineData($"staged:{Second}")]
    [InlineData($"in:{First}")]
    [InlineData($"aside:{Third}")]
    public void AWriteFailureOnAnyOfThreeChangesLeavesAllThreeFoldersAsTheyWere(string step)
    {
        using var scratch = new TemporaryDirectory();
        var output = scratch.File("out");
        FolderSnapshot.Copy(dossiers.Old.Path, output);
        var before = FolderSnapshot.Of(output);

        var run = CliRun.Invoke(FullDiskAt(step), "generate", Change(First), Change(Second), Change(Third), "--as-of", NewDate, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG3007", run.Error, StringComparison.Ordinal);
        Assert.Contains("No space left on device", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(output));
        Assert.Empty(run.Out);
    }

    [Fact]
    public void AWriteFailureOnTheSecondOfThreeNewChangesWritesNoneOfThem()
    {
        using var scratch = new TemporaryDirectory();
        var output = scratch.File("out");

        var run = CliRun.Invoke(FullDiskAt($"staging:{Second}"), "generate", Change(First), Change(Second), Change(Third), "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{output}(1,1): error DG3007: cannot write the dossier for {Second}", run.Error, StringComparison.Ordinal);
        Assert.Empty(Names(output));
    }

    [Fact]
    public void AKilledBatchLeavesTheChangeItWasSwappingOldAfterTheNextRun()
    {
        using var scratch = new TemporaryDirectory();
        var output = scratch.File("out");
        FolderSnapshot.Copy(dossiers.Old.Path, output);
        CopyInputs(First, scratch.File("changes"));

        var killed = CliProcess.Run([("DOSSIERGEN_TEST_KILL_AT", $"in:{First}")], "batch", scratch.File("changes"), "-o", output, "--jobs", "1");
        Assert.Equal(CliProcess.Killed, killed.ExitCode);
        var next = CliRun.Invoke("generate", Change(Bystander), "-o", output);

        Assert.Equal(0, next.ExitCode);
        Assert.Equal([Third, First, Second, Bystander], Names(output));
        Assert.Equal(FolderSnapshot.Of(dossiers.Old.File(First)), FolderSnapshot.Of(Path.Combine(output, First)));
    }

    [Fact]
    public void ASwapAcrossTwoOutputFoldersIsUndoneWhicheverFolderTheNextRunWritesTo()
    {
        using var scratch = new TemporaryDirectory();
        foreach (var (id, folder) in new[] { (First, "a"), (Second, "b") })
        {
            CopyInputs(id, scratch.File(folder));
            File.WriteAllText(scratch.File($"{folder}/dossiergen.yaml"), $"format: dossiergen/config@1\noutput: ../out-{folder}\n");
            FolderSnapshot.Copy(dossiers.Old.File(id), scratch.File($"out-{folder}/{id}"));
        }

        var killed = CliProcess.Run([("DOSSIERGEN_TEST_KILL_AT", $"in:{Second}")], "generate", scratch.File("a/change.yaml"), scratch.File("b/change.yaml"), "--as-of", NewDate);
        Assert.Equal(CliProcess.Killed, killed.ExitCode);
        var next = CliRun.Invoke("generate", Change(Bystander), "-o", scratch.File("out-b"));

        Assert.Equal(0, next.ExitCode);
        Assert.Equal([First], Names(scratch.File("out-a")));
        Assert.Equal([Second, Bystander], Names(scratch.File("out-b")));
        Assert.Equal(FolderSnapshot.Of(dossiers.Old.File(First)), FolderSnapshot.Of(scratch.File($"out-a/{First}")));
        Assert.Equal(FolderSnapshot.Of(dossiers.Old.File(Second)), FolderSnapshot.Of(scratch.File($"out-b/{Second}")));
    }

    [Fact]
    public void ALiveRunsStagingIsLeftAloneWhileADeadRunsIsRemoved()
    {
        using var scratch = new TemporaryDirectory();
        var output = scratch.File("out");
        using var live = Process.Start("sleep", "120");
        var dead = DeadOwner();
        try
        {
            var liveStaging = SwapNames.Staging(output, First, RunOwner.Of(live));
            var deadStaging = SwapNames.Staging(output, Second, dead);
            foreach (var staging in new[] { liveStaging, deadStaging })
            {
                Directory.CreateDirectory(staging);
                File.WriteAllText(Path.Combine(staging, "assessment.md"), "half written");
            }

            var run = CliRun.Invoke("generate", Change(Bystander), "-o", output);

            Assert.Equal(0, run.ExitCode);
            Assert.True(Directory.Exists(liveStaging));
            Assert.False(Directory.Exists(deadStaging));
        }
        finally
        {
            live.Kill();
            live.WaitForExit();
        }
    }

    [Fact]
    public void AFolderSetAsideByAnEarlierDossierGenThatDiedIsPutBack()
    {
        using var scratch = new TemporaryDirectory();
        var output = scratch.File("out");
        // What a DossierGen before swap journals left when killed between its two renames.
        FolderSnapshot.Copy(dossiers.Old.File(First), Path.Combine(output, $".{First}.previous-{DeadOwner().ProcessId}"));
        FolderSnapshot.Copy(dossiers.Old.File(Second), Path.Combine(output, $".{Second}.staging-{DeadOwner().ProcessId}"));

        var run = CliRun.Invoke("generate", Change(Bystander), "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([First, Bystander], Names(output));
        Assert.Equal(FolderSnapshot.Of(dossiers.Old.File(First)), FolderSnapshot.Of(Path.Combine(output, First)));
    }

    [Fact]
    public void AJournalThatCannotBeReadStopsTheWriteRatherThanGuessing()
    {
        using var scratch = new TemporaryDirectory();
        var output = scratch.File("out");
        FolderSnapshot.Copy(dossiers.Old.Path, output);
        var journal = SwapNames.Journal(output, DeadOwner(), 1);
        File.WriteAllText(journal, "{ \"format\": \"dossiergen/swap-journal@1\", \"owner\": ");
        var before = FolderSnapshot.Of(output);

        var run = CliRun.Invoke("generate", Change(First), "--as-of", NewDate, "-o", output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{journal}(1,1): error DG3014:", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(output));
    }

    [Fact]
    public void CheckReportsAnUnfinishedSwapInsteadOfAMissingDossier()
    {
        using var scratch = new TemporaryDirectory();
        CopyInputs(First, scratch.Path);
        FolderSnapshot.Copy(dossiers.Old.File(First), scratch.File($"out/{First}"));
        var killed = CliProcess.Run([("DOSSIERGEN_TEST_KILL_AT", $"aside:{First}")], "generate", scratch.File("change.yaml"), "-o", scratch.File("out"));
        Assert.Equal(CliProcess.Killed, killed.ExitCode);

        var check = CliRun.Invoke("check", scratch.Path);

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("error DG3014", check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("missing", check.Out, StringComparison.Ordinal);
    }

    private static string Change(string id) => id switch
    {
        First => Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "change.yaml"),
        Second => Path.Combine(RepositoryPaths.Examples, "cart-il2-supplier-change", "change.yaml"),
        Third => Path.Combine(RepositoryPaths.Examples, "aav-upstream-scale-up", "change.yaml"),
        _ => Path.Combine(RepositoryPaths.Examples, "aav-dp-shelf-life-extension", "change.yaml"),
    };

    /// <summary>A write step observer that fails at <paramref name="step"/> as a full disk would.</summary>
    private static Action<string> FullDiskAt(string step) => reached =>
    {
        if (reached == step)
        {
            throw new IOException("No space left on device (injected)");
        }
    };

    /// <summary>Copies a change's change and product files into a folder of their own.</summary>
    private static void CopyInputs(string id, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(Change(id))!, "*.yaml"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
    }

    /// <summary>Every entry in the output folder, hidden ones included, in ordinal order.</summary>
    private static List<string> Names(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", new EnumerationOptions { AttributesToSkip = 0 }).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    /// <summary>A process that has ended, so its id and start time name a dead run.</summary>
    private static RunOwner DeadOwner()
    {
        using var process = Process.Start("sleep", "60");
        var owner = RunOwner.Of(process);
        process.Kill();
        process.WaitForExit();
        return owner;
    }

    /// <summary>The three changes' dossiers as of an old and a new date, generated once for the class.</summary>
    public sealed class Dossiers : IDisposable
    {
        public Dossiers()
        {
            foreach (var (folder, date) in new[] { (Old, OldDate), (New, NewDate) })
            {
                var run = CliRun.Invoke("generate", Change(First), Change(Second), Change(Third), "--as-of", date, "-o", folder.Path);
                Assert.True(run.ExitCode == 0, run.Error);
            }
        }

        internal TemporaryDirectory Old { get; } = new();

        internal TemporaryDirectory New { get; } = new();

        public void Dispose()
        {
            Old.Dispose();
            New.Dispose();
        }
    }
}

using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

/// <summary>
/// <c>review CHANGE --since REV</c> in a real git repository of two commits: the approved dossier,
/// then an edited change regenerated. The pack holds a redline of each changed document, the new
/// documents and a summary naming the input that changed.
/// </summary>
public sealed class ReviewPackTests
{
    [Fact]
    public void APackHoldsARedlinePerChangedDocumentTheNewDocumentsAndASummaryOfWhy()
    {
        using var repo = new TemporaryDirectory();
        var change = ReviewRepository.ApprovedThenEdited(repo);
        Assert.Equal(0, CliRun.InvokeIn(repo.Path, "generate", change).ExitCode);
        Git.Run(repo.Path, "commit", "-q", "-am", "second site is C");

        var run = CliRun.InvokeIn(repo.Path, "review", change, "--since", "approved", "-o", "pack");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var pack = repo.File("pack");
        var redlines = Directory.EnumerateFiles(Path.Combine(pack, "redlines"), "*.redline.docx", SearchOption.AllDirectories).ToList();
        Assert.Contains(Path.Combine(pack, "redlines", "US", "1.2-cover-letter.redline.docx"), redlines);
        var redline = File.ReadAllBytes(Path.Combine(pack, "redlines", "US", "1.2-cover-letter.redline.docx"));
        Assert.Contains("Site C", TrackedChanges.BodyText(TrackedChanges.AcceptAll(redline)), StringComparison.Ordinal);
        Assert.Contains("Site B", TrackedChanges.BodyText(TrackedChanges.RejectAll(redline)), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(repo.File("dossiers/CC-0001/US/1.2-cover-letter.docx")), File.ReadAllBytes(Path.Combine(pack, "new", "US", "1.2-cover-letter.docx")));
        var summary = File.ReadAllText(Path.Combine(pack, "summary.md"));
        Assert.Contains("| US/1.2-cover-letter.docx | changed |", summary, StringComparison.Ordinal);
        Assert.Contains("- Input C1.proposed changed from 'Site A and Site B' to 'Site A and Site C' (", summary, StringComparison.Ordinal);
        Assert.Contains("approved dossier", summary, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(pack, "summary.docx")));
        Assert.Contains($"{redlines.Count} changed", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownRevisionOrAFolderOutsideGitIsAUsageErrorAndWritesNothing()
    {
        using var repo = new TemporaryDirectory();
        CliRun.Invoke("init", repo.Path);
        var change = repo.File("changes/CC-0001/change.yaml");

        var outside = CliRun.InvokeIn(repo.Path, "review", change, "--since", "v1", "-o", "pack");
        Git.Run(repo.Path, "init", "-q");
        Git.Run(repo.Path, "add", "-A");
        Git.Run(repo.Path, "commit", "-q", "-m", "start");
        var unknown = CliRun.InvokeIn(repo.Path, "review", change, "--since", "no-such-tag", "-o", "pack");
        var nothingApproved = CliRun.InvokeIn(repo.Path, "review", change, "--since", "HEAD", "-o", "pack");

        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("DG3060", outside.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("DG3061", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, nothingApproved.ExitCode);
        Assert.Contains("DG3062", nothingApproved.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(repo.File("pack")));
    }
}

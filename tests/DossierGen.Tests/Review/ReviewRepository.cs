using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

/// <summary>The git repository the review pack tests start from.</summary>
internal static class ReviewRepository
{
    /// <summary>
    /// An <c>init</c> repository whose dossier was generated, committed and tagged "approved", then
    /// its change edited (second site B becomes C) and not yet regenerated. Returns the change file.
    /// </summary>
    public static string ApprovedThenEdited(TemporaryDirectory repo)
    {
        CliRun.Invoke("init", repo.Path);
        var change = repo.File("changes/CC-0001/change.yaml");
        Assert.Equal(0, CliRun.InvokeIn(repo.Path, "generate", change).ExitCode);
        Git.Run(repo.Path, "init", "-q");
        Git.Run(repo.Path, "add", "-A");
        Git.Run(repo.Path, "commit", "-q", "-m", "approved dossier");
        Git.Run(repo.Path, "tag", "approved");
        File.WriteAllText(change, File.ReadAllText(change).Replace("proposed: Site A and Site B", "proposed: Site A and Site C", StringComparison.Ordinal));
        return change;
    }
}

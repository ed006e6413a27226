using DossierGen.Tests.Support;

namespace DossierGen.Tests.Web;

/// <summary>The folder view compares each committed dossier with what generating now gives, as <c>check</c> does.</summary>
public sealed class FolderDriftTests : IDisposable
{
    private readonly TemporaryDirectory _scratch = new();

    [Fact]
    public async Task ACommittedDossierShowsAsMatchingUntilItsChangeFileIsEdited()
    {
        var change = WorkbenchServer.CopySiteTransfer(_scratch.Path);

        Assert.Equal(0, CliRun.Invoke("generate", change, "-o", Path.Combine(_scratch.Path, "out")).ExitCode);
        await using var server = await WorkbenchServer.StartAsync(_scratch.Path);
        using var client = server.WithToken();
        Assert.Contains("<td class=\"drift-clean\">matches</td>", await client.GetStringAsync(new Uri("/", UriKind.Relative)), StringComparison.Ordinal);

        var text = await File.ReadAllTextAsync(change);
        await File.WriteAllTextAsync(change, text.Replace("title: Transfer of HBG-101", "title: Moving HBG-101", StringComparison.Ordinal));
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.Matches("<td class=\"drift-drifted\">[0-9]+ file\\(s\\) drifted</td>", page);
    }

    public void Dispose() => _scratch.Dispose();
}

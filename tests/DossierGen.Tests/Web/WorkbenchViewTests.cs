using System.IO.Compression;
using System.Net;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Web;

/// <summary>The workbench's views over the repository's examples, driven over HTTP against the real server.</summary>
public sealed class WorkbenchViewTests : IAsyncLifetime
{
    private const string SiteTransfer = "aav-ds-site-transfer/change.yaml";
    private WorkbenchServer _server = null!;

    public async Task InitializeAsync() => _server = await WorkbenchServer.StartAsync(RepositoryPaths.Examples);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task TheFolderViewListsEveryExampleWithItsProcedures()
    {
        using var client = _server.WithToken();
        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        foreach (var example in Directory.GetDirectories(RepositoryPaths.Examples).Where(d => File.Exists(Path.Combine(d, "change.yaml"))))
        {
            Assert.Contains($"{Path.GetFileName(example)}/change.yaml", page, StringComparison.Ordinal);
        }

        Assert.Contains("no committed dossier", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">faults<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAssessmentShowsEachMarketsProcedureAndLinksEachDecisionToItsExplanation()
    {
        using var client = _server.WithToken();
        var page = await client.GetStringAsync(new Uri($"/assessment?path={Uri.EscapeDataString(SiteTransfer)}", UriKind.Relative));
        Assert.Contains("data-market=\"EU\" data-change=\"C1\"><strong class=\"procedure\">II</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Q.I.a.1.d", page, StringComparison.Ordinal);
        Assert.Contains("Evidence plan", page, StringComparison.Ordinal);
        var explanation = await client.GetStringAsync(new Uri($"/explain?path={Uri.EscapeDataString(SiteTransfer)}&market=EU&change=C1", UriKind.Relative));
        Assert.Contains("EMA-SITE-DS-MANUFACTURING", explanation, StringComparison.Ordinal);
        Assert.Contains("(actual:", explanation, StringComparison.Ordinal);
        Assert.Contains("Nearly fired", explanation, StringComparison.Ordinal);

        var registered = await client.GetStringAsync(new Uri("/explain?path=aav-plcm-established-conditions%2Fchange.yaml&market=EU&change=C1", UriKind.Relative));
        Assert.Contains("DS-PP-PEI-RATIO", registered, StringComparison.Ordinal);
        Assert.Contains("registration decides: <strong>lowered-by-ec</strong>", registered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAssessmentJsonIsTheContractsAsAssessWritesIt()
    {
        using var client = _server.WithToken();
        var json = await client.GetStringAsync(new Uri($"/api/assessment?path={Uri.EscapeDataString(SiteTransfer)}", UriKind.Relative));
        var cli = CliRun.Invoke("assess", Path.Combine(RepositoryPaths.Examples, SiteTransfer), "--format", "json");
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Out.TrimEnd(), json.TrimEnd());
    }

    [Fact]
    public async Task GeneratingFromThePageGivesValidWordFilesAndTheSameZipEachTime()
    {
        using var client = _server.WithCookie();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/documents/generate", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["path"] = SiteTransfer }),
        };
        request.Headers.Add("Origin", _server.Address.GetLeftPart(UriPartial.Authority));
        using var generated = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.SeeOther, generated.StatusCode);

        var query = $"path={Uri.EscapeDataString(SiteTransfer)}";
        var docx = await client.GetByteArrayAsync(new Uri($"/documents/file?{query}&file={Uri.EscapeDataString("M3/3.2.S.2.1-manufacturer.docx")}", UriKind.Relative));
        Assert.Empty(DocxChecker.Check(docx));
        var preview = await client.GetStringAsync(new Uri($"/documents/preview?{query}&file={Uri.EscapeDataString("M3/3.2.S.2.1-manufacturer.md")}", UriKind.Relative));
        Assert.Contains("<h1>3.2.S.2.1 Manufacturer(s)</h1>", preview, StringComparison.Ordinal);

        var zip = await client.GetByteArrayAsync(new Uri($"/documents/dossier.zip?{query}", UriKind.Relative));
        Assert.Equal(zip, await client.GetByteArrayAsync(new Uri($"/documents/dossier.zip?{query}", UriKind.Relative)));
        using var archive = new ZipArchive(new MemoryStream(zip));
        Assert.Contains(archive.Entries, e => e.FullName == "HBG-CC-2026-031/manifest.json");
        Assert.Equal(archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal), archive.Entries.Select(e => e.FullName));
    }

    [Fact]
    public async Task TheEvidencePlanAndTheChangeFileDownload()
    {
        using var client = _server.WithToken();
        var query = $"path={Uri.EscapeDataString(SiteTransfer)}";
        var csv = await client.GetStringAsync(new Uri($"/documents/evidence-plan.csv?{query}", UriKind.Relative));
        Assert.StartsWith("Change control,Market", csv, StringComparison.Ordinal);
        var xlsx = await client.GetByteArrayAsync(new Uri($"/documents/evidence-plan.xlsx?{query}", UriKind.Relative));
        Assert.Equal((byte)'P', xlsx[0]);
        var yaml = await client.GetByteArrayAsync(new Uri($"/documents/change.yaml?{query}", UriKind.Relative));
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Examples, SiteTransfer)), yaml);
    }
}

using System.Net;
using System.Text.Json;
using DossierGen.Tests.Support;
using DossierGen.Web.Security;

namespace DossierGen.Tests.Web;

/// <summary>The workbench's security for a local tool, driven over real HTTP against the real server.</summary>
public sealed class WorkbenchSecurityTests : IAsyncLifetime, IDisposable
{
    private readonly TemporaryDirectory _scratch = new();
    private WorkbenchServer _server = null!;

    private string Served => Path.Combine(_scratch.Path, "served");

    private string Outside => Path.Combine(_scratch.Path, "outside");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Served);
        Directory.CreateDirectory(Outside);
        WorkbenchServer.CopySiteTransfer(Served);

        File.WriteAllText(Path.Combine(Outside, "secret.yaml"), "format: dossiergen/change@1\nsecret: true\n");
        File.CreateSymbolicLink(Path.Combine(Served, "escape"), Outside);
        _server = await WorkbenchServer.StartAsync(Served);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _scratch.Dispose();
    }

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task WithoutTheTokenEveryPageIsRefusedWith401()
    {
        using var client = _server.Anonymous();
        foreach (var path in new[] { "/", "/assets/site.css", "/no-such-page" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("DG3074", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnotherTokenIsRefusedWith403()
    {
        using var client = _server.Anonymous();
        client.DefaultRequestHeaders.Add(TokenGate.HeaderName, "not-the-token");
        using var header = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var query = await _server.Anonymous().GetAsync(new Uri("/?token=not-the-token", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, header.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, query.StatusCode);
    }

    [Fact]
    public async Task TheTokenInTheUrlBecomesAStrictHttpOnlyCookieAndLeavesTheAddress()
    {
        using var client = _server.Anonymous();
        using var response = await client.GetAsync(new Uri($"/?token={WorkbenchServer.TestToken}&x=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/?x=1", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APostFromAnotherSiteIsRefusedEvenWithTheCookie()
    {
        using var client = _server.WithCookie();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/", UriKind.Relative));
        request.Headers.Add("Origin", "http://evil.example");
        request.Headers.Add("Accept", "application/json");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("DG3075", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task AnotherHostNameIsRefused()
    {
        using var client = _server.WithToken();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.Host = $"rebound.example:{_server.Address.Port}";
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnOversizedRequestIsRefusedWith413BeforeItIsRead()
    {
        using var client = _server.WithToken();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/assess", UriKind.Relative)) { Content = new ByteArrayContent(new byte[5 * 1024 * 1024]) };
        // As browsers and curl do for a large body: wait for the server's word before sending it.
        request.Headers.ExpectContinue = true;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("DG3072", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task AnUnknownAddressIsAClear404WithoutInternals()
    {
        using var client = _server.WithToken();
        using var response = await client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("DG3077", await ErrorCodeAsync(response));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesForbidForeignScriptsAndFraming()
    {
        using var client = _server.WithToken();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/assessment?path=..%2Foutside%2Fsecret.yaml")]
    [InlineData("/assessment?path=escape%2Fsecret.yaml")]
    [InlineData("/assessment?path=%2Fetc%2Fpasswd")]
    [InlineData("/api/assessment?path=site-transfer%2F..%2F..%2Foutside%2Fsecret.yaml")]
    [InlineData("/documents/change.yaml?path=escape%2Fsecret.yaml")]
    [InlineData("/explain?path=..%2Foutside%2Fsecret.yaml&market=US&change=C1")]
    public async Task APathLeadingOutsideTheFolderIsRefusedWith400AndNothingThereIsRead(string address)
    {
        var before = FolderSnapshot.Of(Outside);
        var accessed = File.GetLastAccessTimeUtc(Path.Combine(Outside, "secret.yaml"));
        using var client = _server.WithToken();
        using var response = await client.GetAsync(new Uri(address, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("DG3070", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret: true", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, FolderSnapshot.Of(Outside));
    }

    [Fact]
    public async Task AGeneratePostedWithAPathOutsideWritesNothingAnywhere()
    {
        var served = FolderSnapshot.Of(Served);
        var outside = FolderSnapshot.Of(Outside);
        using var client = _server.WithToken();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["path"] = "../outside/secret.yaml" });
        using var response = await client.PostAsync(new Uri("/documents/generate", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(served, FolderSnapshot.Of(Served));
        Assert.Equal(outside, FolderSnapshot.Of(Outside));
    }

    [Fact]
    public async Task AGeneratedFileIsServedOnlyByItsExactName()
    {
        using var client = _server.WithToken();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["path"] = "site-transfer/change.yaml" });
        using var generated = await client.PostAsync(new Uri("/documents/generate", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.SeeOther, generated.StatusCode);
        foreach (var file in new[] { "../../outside/secret.yaml", "/etc/passwd", "M3/../manifest.json" })
        {
            using var response = await client.GetAsync(new Uri($"/documents/file?path=site-transfer%2Fchange.yaml&file={Uri.EscapeDataString(file)}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task AFaultyChangeFileIsAClear422WithTheReadersDiagnostics()
    {
        File.WriteAllText(Path.Combine(Served, "site-transfer", "broken.yaml"), "format: dossiergen/change@1\nid: X\n");
        using var client = _server.WithToken();
        using var response = await client.GetAsync(new Uri("/api/assessment?path=site-transfer%2Fbroken.yaml", UriKind.Relative));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"code\":\"DG1102\"", body, StringComparison.Ordinal);
        Assert.Contains("\"path\":\"site-transfer/broken.yaml\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(_scratch.Path, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadRequestIsAClear400()
    {
        using var client = _server.WithToken();
        using var noPath = await client.GetAsync(new Uri("/api/assessment", UriKind.Relative));
        using var badDate = await client.GetAsync(new Uri("/api/assessment?path=site-transfer%2Fchange.yaml&as-of=2026-13-01", UriKind.Relative));
        using var badMarket = await client.GetAsync(new Uri("/explain?path=site-transfer%2Fchange.yaml&market=XX&change=C1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, noPath.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badMarket.StatusCode);
        Assert.Contains("YYYY-MM-DD", await badDate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReassessingPostedTextReadsNothingOutsideAndLocatesEachFaultAtItsKey()
    {
        using var client = _server.WithToken();
        var text = await File.ReadAllTextAsync(Path.Combine(Served, "site-transfer", "change.yaml"));
        using (var outside = new StringContent(text))
        using (var escaped = await client.PostAsync(new Uri("/api/assess?path=escape%2Fchange.yaml", UriKind.Relative), outside))
        {
            Assert.Equal(HttpStatusCode.BadRequest, escaped.StatusCode);
            Assert.Equal("DG3070", await ErrorCodeAsync(escaped));
        }

        using (var good = new StringContent(text))
        using (var assessed = await client.PostAsync(new Uri("/api/assess?path=site-transfer%2Fchange.yaml", UriKind.Relative), good))
        {
            Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
            Assert.Contains("\"format\": \"dossiergen/assessment@1\"", await assessed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var before = FolderSnapshot.Of(Served);
        using var planted = new StringContent(text.Replace("implementation-date:", "implementation-dates:", StringComparison.Ordinal));
        using var faulty = await client.PostAsync(new Uri("/api/assess?path=site-transfer%2Fchange.yaml", UriKind.Relative), planted);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, faulty.StatusCode);
        using var json = JsonDocument.Parse(await faulty.Content.ReadAsStringAsync());
        var fault = json.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "DG1101");
        Assert.Equal("implementation-dates", fault.GetProperty("keyPath").GetString());
        Assert.Equal(before, FolderSnapshot.Of(Served));
    }

    [Fact]
    public async Task UserTextIsShownAsTextInPagesAndPreviewsNeverAsMarkup()
    {
        var change = Path.Combine(Served, "site-transfer", "change.yaml");
        var text = await File.ReadAllTextAsync(change);
        text = System.Text.RegularExpressions.Regex.Replace(text, "^title: .*$", "title: \"<script>alert(1)</script> Transfer\"", System.Text.RegularExpressions.RegexOptions.Multiline);
        await File.WriteAllTextAsync(Path.Combine(Served, "site-transfer", "hostile.yaml"), text);
        using var client = _server.WithToken();
        var page = await client.GetStringAsync(new Uri("/assessment?path=site-transfer%2Fhostile.yaml", UriKind.Relative));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["path"] = "site-transfer/hostile.yaml" });
        using var generated = await client.PostAsync(new Uri("/documents/generate", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.SeeOther, generated.StatusCode);
        var preview = await client.GetStringAsync(new Uri("/documents/preview?path=site-transfer%2Fhostile.yaml&file=M3%2F3.2.S.2.1-manufacturer.md", UriKind.Relative));
        Assert.DoesNotContain("<script>alert", preview, StringComparison.Ordinal);
    }

    internal static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetProperty("code").GetString();
    }
}

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
        Directory.CreateDirectory(Path.Combine(Served, "site-transfer"));
        foreach (var file in new[] { "change.yaml", "product.yaml" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", file), Path.Combine(Served, "site-transfer", file));
        }

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

    internal static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetProperty("code").GetString();
    }
}

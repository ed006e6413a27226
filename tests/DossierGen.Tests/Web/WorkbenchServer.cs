using System.Net;
using DossierGen.Diagnostics;
using DossierGen.Tests.Support;
using DossierGen.Web.Hosting;
using DossierGen.Web.Security;

namespace DossierGen.Tests.Web;

/// <summary>
/// The real workbench, started in-process on a free loopback port over a folder, with a known
/// token; clients that carry the token (as a header, as scripts would) or not.
/// </summary>
internal sealed class WorkbenchServer : IAsyncDisposable
{
    public const string TestToken = "test-token-0123456789abcdef";

    private WorkbenchServer(Workbench workbench) => Workbench = workbench;

    public Workbench Workbench { get; }

    public Uri Address => Workbench.Address;

    public static async Task<WorkbenchServer> StartAsync(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var options = new WorkbenchOptions(directory, 0, RepositoryPaths.RepositoryWorkspace) { Token = TestToken };
        var workbench = await Workbench.StartAsync(options, diagnostics);
        Assert.True(workbench is not null, string.Join("\n", diagnostics.Sorted()));
        return new WorkbenchServer(workbench!);
    }

    /// <summary>
    /// Copies the site-transfer example's change and product into <paramref name="folder"/>/site-transfer
    /// (the change the workbench tests serve) and returns the change file's path.
    /// </summary>
    public static string CopySiteTransfer(string folder)
    {
        var target = Path.Combine(folder, "site-transfer");
        Directory.CreateDirectory(target);
        foreach (var file in new[] { "change.yaml", "product.yaml" })
        {
            File.Copy(Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", file), Path.Combine(target, file));
        }

        return Path.Combine(target, "change.yaml");
    }

    /// <summary>A client with no token and no cookie jar: it sees redirects and refusals as they are.</summary>
    public HttpClient Anonymous() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };

    /// <summary>A client that sends the token in the header scripts use.</summary>
    public HttpClient WithToken()
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Add(TokenGate.HeaderName, TestToken);
        return client;
    }

    /// <summary>A client that holds the token only as the browser's cookie.</summary>
    public HttpClient WithCookie()
    {
        var cookies = new CookieContainer();
        cookies.Add(Address, new Cookie(TokenGate.CookieName, TestToken));
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = Address };
    }

    public ValueTask DisposeAsync() => Workbench.DisposeAsync();
}

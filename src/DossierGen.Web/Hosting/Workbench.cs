using System.Net;
using DossierGen.Diagnostics;
using DossierGen.Pipeline;
using DossierGen.Web.Folder;
using DossierGen.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DossierGen.Web.Hosting;

/// <summary>
/// The running workbench: Kestrel on 127.0.0.1 only, every request through the error barrier,
/// the security headers, the size limit and the token gate, then the routes. Started by
/// <c>dossiergen serve</c> and, in-process, by the tests.
/// </summary>
public sealed class Workbench : IAsyncDisposable
{
    private readonly WebApplication _app;

    private Workbench(WebApplication app, WorkbenchState state, AccessToken token, Uri address)
    {
        _app = app;
        State = state;
        Token = token;
        Address = address;
    }

    public WorkbenchState State { get; }

    public AccessToken Token { get; }

    /// <summary>The base address, such as http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>The address with the token, the one URL a user opens.</summary>
    public Uri Url => new(Address, $"/?{TokenGate.QueryName}={Token.Value}");

    /// <summary>Starts the workbench, or returns null with diagnostics (a missing folder, a port taken).</summary>
    public static async Task<Workbench?> StartAsync(WorkbenchOptions options, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var folder = WorkspaceFolder.Open(options.Directory, diagnostics);
        if (folder is null)
        {
            return null;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ApplicationName = "DossierGen.Web", ContentRootPath = folder.Root });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));

        var app = builder.Build();
        var token = options.Token is { } given ? new AccessToken(given) : AccessToken.Create();
        var output = Directory.CreateTempSubdirectory("dossiergen-serve-").FullName;
        var state = new WorkbenchState(folder, new ChangeLoader(options.Defaults), options, output);
        try
        {
            var started = await StartListeningAsync(app, state, token, options, cancellation).ConfigureAwait(false);
            return started;
        }
        catch (IOException e)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            Directory.Delete(output, recursive: true);
            diagnostics.Error(DiagnosticCodes.InvalidArgument, SourceLocation.StartOf(options.Directory), $"cannot listen on 127.0.0.1:{options.Port}: {e.Message}");
            return null;
        }
    }

    private static async Task<Workbench> StartListeningAsync(WebApplication app, WorkbenchState state, AccessToken token, WorkbenchOptions options, CancellationToken cancellation)
    {
        // The port is known only once Kestrel has bound it, and the gate needs it for the Host and
        // Origin checks; the pipeline reads it from this box at request time.
        var port = new StrongBox<int>(options.Port);
        var barrier = new ErrorBarrier(options.Log);
        var size = new RequestSizeGate(options.MaxRequestBytes);
        TokenGate? gate = null;
        app.Use((context, next) => barrier.InvokeAsync(context, next));
        app.Use(SecurityHeaders.InvokeAsync);
        app.Use((context, next) => size.InvokeAsync(context, next));
        app.Use((context, next) => (gate ??= new TokenGate(token, port.Value)).InvokeAsync(context, next));
        WorkbenchRoutes.Map(app, state);

        await app.StartAsync(cancellation).ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var address = new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        port.Value = address.Port;
        return new Workbench(app, state, token, new Uri($"http://127.0.0.1:{address.Port}/"));
    }

    /// <summary>Runs until the token is cancelled (Ctrl+C in serve).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        try
        {
            Directory.Delete(State.OutputRoot, recursive: true);
        }
        catch (IOException)
        {
            // A file still open in another program; the system's temporary folder is cleaned in time.
        }
    }

    private sealed class StrongBox<T>(T value)
    {
        public T Value { get; set; } = value;
    }
}

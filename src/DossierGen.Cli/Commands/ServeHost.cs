using DossierGen.Diagnostics;
using DossierGen.Web.Hosting;

namespace DossierGen.Cli.Commands;

/// <summary>Runs the workbench for <see cref="ServeCommand"/> until Ctrl+C (kept apart so ASP.NET Core loads only for serve).</summary>
internal static class ServeHost
{
    public static int Run(CliContext context, string directory, int port)
    {
        var diagnostics = new DiagnosticBag();
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return RunAsync(context, directory, port, diagnostics, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<int> RunAsync(CliContext context, string directory, int port, DiagnosticBag diagnostics, CancellationToken stop)
    {
        var options = new WorkbenchOptions(directory, port, context.Defaults) { Log = context.Error };
        var workbench = await Workbench.StartAsync(options, diagnostics, stop).ConfigureAwait(false);
        if (workbench is null)
        {
            context.Report(diagnostics);
            return ExitCodes.InvalidInput;
        }

        await using (workbench.ConfigureAwait(false))
        {
            context.Out.WriteLine($"DossierGen workbench for {DisplayText.Escape(workbench.State.Folder.Root)}");
            context.Out.WriteLine($"Open {workbench.Url}");
            context.Out.WriteLine("(127.0.0.1 only; the token in the URL is this run's. Ctrl+C stops.)");
            context.Out.Flush();
            try
            {
                await workbench.WaitForShutdownAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the normal end.
            }
        }

        return ExitCodes.Success;
    }
}

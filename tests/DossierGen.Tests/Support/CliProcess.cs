using System.Diagnostics;

namespace DossierGen.Tests.Support;

/// <summary>Runs the built dossiergen as a real child process, for what only a process can show: being killed, its own environment.</summary>
internal static class CliProcess
{
    /// <summary>The exit code of a process killed by SIGKILL, as .NET reports it (128 + 9).</summary>
    public const int Killed = 137;

    public static CliRun Run(IEnumerable<(string Name, string Value)> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dossiergen.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        // Started under the lock CliRun.InvokeIn holds while it moves the test host into a scratch
        // folder: a child started then would inherit that folder, which may be deleted under it.
        Process process;
        lock (CurrentDirectoryLock.Gate)
        {
            process = Process.Start(start)!;
        }

        using var started = process;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "dossiergen did not finish in two minutes");
        return new CliRun(process.ExitCode, output, error.Result);
    }
}

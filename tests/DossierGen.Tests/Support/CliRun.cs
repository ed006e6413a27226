using DossierGen.Cli.Commands;

namespace DossierGen.Tests.Support;

/// <summary>Runs the command line in-process with captured output, as a user's shell would see it.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Invoke(params string[] args) => Invoke(null, args);

    /// <summary>Runs with <paramref name="writeStep"/> called at each step of writing dossiers, to fail a write there.</summary>
    public static CliRun Invoke(Action<string>? writeStep, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = DossierGenCommand.Run(args, output, error, writeStep);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with the current directory set to <paramref name="directory"/>, for relative paths in diagnostics.</summary>
    public static CliRun InvokeIn(string directory, params string[] args)
    {
        lock (CurrentDirectoryLock.Gate)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(directory);
            try
            {
                return Invoke(args);
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }

    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

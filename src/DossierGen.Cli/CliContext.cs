using DossierGen.Configuration;
using DossierGen.Diagnostics;

namespace DossierGen.Cli;

/// <summary>What every command needs from its surroundings: where to write, and the built-in workspace.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Workspace Defaults)
{
    /// <summary>Observes each step of writing dossiers; null except when a test interrupts a run (<see cref="FaultInjection"/>).</summary>
    public Action<string>? WriteStep { get; init; }

    public Generation.OutputWriter OutputWriter() => new(WriteStep);

    /// <summary>Reads the environment variables --pdf looks at (DOSSIERGEN_SOFFICE, PATH); the process's own outside the tests.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public Publishing.PdfConverter PdfConverter() => new(Environment);

    /// <summary>The rules and templates shipped beside the executable.</summary>
    public static Workspace BuiltInWorkspace()
    {
        var root = AppContext.BaseDirectory;
        return new Workspace(Path.Combine(root, "rules"), Path.Combine(root, "templates"), ConfigurationFile: null);
    }

    /// <summary>A fault of the command line itself, in one line: <c>dossiergen: error DG9004: message</c>.</summary>
    public void Usage(string code, string message) => Error.WriteLine($"dossiergen: error {code}: {DisplayText.Escape(message)}");

    /// <summary>The fault of a folder searched for change files that holds none (DG9005), unless --allow-empty allowed it.</summary>
    public void NoChangeFiles(string directory) =>
        Usage(DiagnosticCodes.NoChangeFiles, $"no change file (format: {Formats.FormatTags.Change}) under '{directory}'; if that is expected, pass --allow-empty");

    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            Error.WriteLine(diagnostic.ToString());
        }
    }
}

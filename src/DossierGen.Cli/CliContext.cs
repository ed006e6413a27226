using DossierGen.Configuration;
using DossierGen.Diagnostics;

namespace DossierGen.Cli;

/// <summary>What every command needs from its surroundings: where to write, and the built-in workspace.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error, Workspace Defaults)
{
    /// <summary>Observes each step of writing dossiers; null except when a test interrupts a run (<see cref="FaultInjection"/>).</summary>
    public Action<string>? WriteStep { get; init; }

    public Generation.OutputWriter OutputWriter() => new(WriteStep);

    /// <summary>The rules and templates shipped beside the executable.</summary>
    public static Workspace BuiltInWorkspace()
    {
        var root = AppContext.BaseDirectory;
        return new Workspace(Path.Combine(root, "rules"), Path.Combine(root, "templates"), ConfigurationFile: null);
    }

    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            Error.WriteLine(diagnostic.ToString());
        }
    }
}

using DossierGen.Configuration;

namespace DossierGen.Web.Hosting;

/// <summary>What <c>dossiergen serve</c> was asked for.</summary>
/// <param name="Directory">The folder of change files served; nothing outside it is read or written.</param>
/// <param name="Port">The loopback port, or 0 for a free one the system picks.</param>
/// <param name="Defaults">The built-in rules and templates, for changes without a dossiergen.yaml.</param>
public sealed record WorkbenchOptions(string Directory, int Port, Workspace Defaults)
{
    /// <summary>
    /// The largest request body accepted. A change file with its comparability data is tens of
    /// kilobytes; 4 MiB leaves room for a pasted spreadsheet and refuses anything meant to exhaust memory.
    /// </summary>
    public long MaxRequestBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The access token; null draws a fresh random one per run (tests pass their own).</summary>
    public string? Token { get; init; }

    /// <summary>Where the server reports what a user must not see in a page (defects), and where generated dossiers are staged.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;
}

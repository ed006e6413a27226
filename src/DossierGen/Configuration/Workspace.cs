namespace DossierGen.Configuration;

/// <summary>The rules and templates folders a run uses.</summary>
/// <param name="ConfigurationFile">The dossiergen.yaml that chose them, or null for the built-in defaults.</param>
public sealed record Workspace(string RulesDirectory, string TemplatesDirectory, string? ConfigurationFile)
{
    /// <summary>The dossier folder a dossiergen.yaml names (output:), or null.</summary>
    public string? OutputDirectory { get; init; }

    public string MasterFilesDirectory => Path.Combine(RulesDirectory, "master-files");

    /// <summary>dossiergen.yaml's <c>allow-paths-outside</c>: change files may name files outside the repository.</summary>
    public bool AllowPathsOutside { get; init; }

    public Inputs.InputSources InputSources => new([MasterFilesDirectory])
    {
        Root = ConfigurationFile is null ? null : Path.GetDirectoryName(Path.GetFullPath(ConfigurationFile)),
        AllowPathsOutside = AllowPathsOutside,
    };
}

namespace DossierGen.Inputs;

/// <summary>Where referenced files are looked up: master files by id under each folder, first match wins.</summary>
public sealed record InputSources(IReadOnlyList<string> MasterFileDirectories)
{
    public static InputSources None { get; } = new([]);

    /// <summary>
    /// The folder paths in a change file must stay inside: the folder of the dossiergen.yaml that
    /// chose these sources, or null to use the change file's repository (see <see cref="RepositoryRoot"/>).
    /// </summary>
    public string? Root { get; init; }

    /// <summary>True when dossiergen.yaml says <c>allow-paths-outside: true</c>: absolute paths and paths leaving <see cref="Root"/> are read.</summary>
    public bool AllowPathsOutside { get; init; }
}

namespace DossierGen.Inputs;

/// <summary>Where referenced files are looked up: master files by id under each folder, first match wins.</summary>
public sealed record InputSources(IReadOnlyList<string> MasterFileDirectories)
{
    public static InputSources None { get; } = new([]);
}

using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>
/// <c>dossiergen.yaml</c>: found upward from a change file, it points DossierGen at another rules
/// or templates folder (a CDMO's own). Paths are relative to the configuration file.
/// </summary>
public static class ConfigurationFormat
{
    public static MappingShape File { get; } = new(
    [
        Required("format", OneOf("The file's kind and version.", [FormatTags.Configuration])),
        Optional("rules", Text("The rules folder (with fda/, ema/, pmda/ and master-files/) to use instead of the built-in one.")),
        Optional("templates", Text("The templates folder to use instead of the built-in one.")),
        Optional("output", Text("Where the repository keeps generated dossiers (DIR/<change-id>/); check compares against it and generate writes there by default.")),
        Optional("allow-paths-outside", Flag("Let change files below this folder name product and master files by absolute path or outside this folder.", @default: false)),
    ])
    {
        Description = "DossierGen settings for the change files below this folder.",
    };
}

using DossierGen.Diagnostics;
using DossierGen.FileSystem;
using DossierGen.Formats;
using DossierGen.Inputs;
using DossierGen.Yaml;

namespace DossierGen.Configuration;

/// <summary>Finds the workspace for a change file: the nearest dossiergen.yaml above it, else the built-in folders.</summary>
public static class WorkspaceLocator
{
    public const string FileName = "dossiergen.yaml";

    /// <param name="defaults">The built-in workspace (the folders shipped beside the executable).</param>
    public static Workspace? Locate(string startFile, Workspace defaults, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var configuration = FindUpward(Path.GetDirectoryName(Path.GetFullPath(startFile)));
        return configuration is null ? defaults : Read(configuration, defaults, diagnostics);
    }

    /// <summary>
    /// The workspace of a folder (for a command run without a file, in the current folder): the
    /// dossiergen.yaml in it or the nearest above it, else the built-in folders.
    /// </summary>
    /// <remarks>Not <c>Locate(folder + "/.")</c>: the full path drops the ".", so the search would start in the folder's parent and miss its own dossiergen.yaml.</remarks>
    public static Workspace? LocateFromFolder(string directory, Workspace defaults, DiagnosticBag diagnostics) =>
        Locate(Path.Combine(directory, FileName), defaults, diagnostics);

    public static Workspace? Read(string configurationFile, Workspace defaults, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var local = new DiagnosticBag();
        var root = FormattedYamlFile.Open(configurationFile, FormatTags.Configuration, local);
        if (root is null)
        {
            diagnostics.AddRange(local.Sorted());
            return null;
        }

        new ShapeValidator(local).Validate(root, ConfigurationFormat.File, "dossiergen.yaml");
        var rules = Folder(root, "rules", configurationFile, defaults.RulesDirectory, local);
        var templates = Folder(root, "templates", configurationFile, defaults.TemplatesDirectory, local);
        var output = root.Get("output") is YamlScalar { Kind: YamlScalarKind.Text } o && ReferencedPath.CanNameAFile(o, "output folder", local)
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configurationFile))!, o.Value))
            : null;
        diagnostics.AddRange(local.Sorted());
        return local.HasErrors ? null : new Workspace(rules, templates, configurationFile)
        {
            OutputDirectory = output,
            AllowPathsOutside = YamlAccess.Flag(root, "allow-paths-outside", @default: false),
        };
    }

    private static string? FindUpward(string? directory)
    {
        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            var candidate = Path.Combine(current, FileName);
            // Anything by that name is the configuration, so a folder or a pipe named dossiergen.yaml is refused, not skipped.
            if (FileEntry.KindOf(candidate) != EntryKind.Missing)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Folder(YamlMapping root, string key, string configurationFile, string fallback, DiagnosticBag diagnostics)
    {
        if (root.Get(key) is not YamlScalar { Kind: YamlScalarKind.Text } value || !ReferencedPath.CanNameAFile(value, key + " folder", diagnostics))
        {
            return fallback;
        }

        var folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(configurationFile))!, value.Value));
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(DiagnosticCodes.ConfigurationFolderNotFound, value.Location, $"'{key}' names folder '{value.Value}', which does not exist (looked for '{folder}')");
        }

        return folder;
    }
}

using System.Text.RegularExpressions;
using DossierGen.Configuration;
using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Inputs;
using DossierGen.Inputs.Comparability;
using DossierGen.Yaml;

namespace DossierGen.Editing;

/// <summary>
/// Checks the editor's text with the reader itself, as <c>validate</c> would check the saved file,
/// and gives each diagnostic the key path it concerns. Nothing is written: the text is read in place
/// of the file at <c>path</c>, whose folder still anchors relative paths (the product, the studies).
/// </summary>
public static partial class EditorCheck
{
    public static IReadOnlyList<EditorDiagnostic> Run(string path, string text, Workspace defaults)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(defaults);
        var diagnostics = new DiagnosticBag();
        switch (FormatLine.Find(path, text)?.Value)
        {
            case FormatTags.Product:
                ProductReader.ReadFile(path, diagnostics, unsaved: text);
                break;
            case FormatTags.Comparability:
                var studyWorkspace = WorkspaceLocator.Locate(path, defaults, diagnostics);
                if (studyWorkspace is not null)
                {
                    ComparabilityReader.ReadFile(path, studyWorkspace.InputSources, changeIds: null, diagnostics, unsaved: text);
                }

                break;
            case FormatTags.MasterFile:
                MasterFileReader.ReadFile(path, diagnostics, unsaved: text);
                break;
            default:
                // A change file, or text whose format line is missing or wrong: the change reader says so.
                var workspace = WorkspaceLocator.Locate(path, defaults, diagnostics);
                if (workspace is not null)
                {
                    new ChangeFileReader(workspace.InputSources).Read(path, diagnostics, text);
                }

                break;
        }

        return Locate(path, text, diagnostics.Sorted());
    }

    /// <summary>Gives each diagnostic in the edited file the key path it concerns.</summary>
    public static IReadOnlyList<EditorDiagnostic> Locate(string path, string text, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var index = KeyPathIndex.Of(YamlTreeReader.Read(path, text, new DiagnosticBag()));
        return [.. diagnostics.Select(d => new EditorDiagnostic(d, d.Location.Path == path ? KeyPathOf(d, index) : null))];
    }

    private static string KeyPathOf(Diagnostic diagnostic, KeyPathIndex index)
    {
        // A missing key is reported at its mapping; the field it concerns is the key that is missing.
        if (diagnostic.Code == DiagnosticCodes.MissingRequiredKey && MissingKey().Match(diagnostic.Message) is { Success: true } missing)
        {
            var mapping = index.MappingAt(diagnostic.Location) ?? "";
            return mapping.Length == 0 ? missing.Groups[1].Value : mapping + "." + missing.Groups[1].Value;
        }

        return index.PathAt(diagnostic.Location);
    }

    [GeneratedRegex("missing the required key '([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex MissingKey();
}

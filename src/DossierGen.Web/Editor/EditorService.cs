using System.Text.Json.Nodes;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Editing;
using DossierGen.Formats;
using DossierGen.Web.Assessment;
using DossierGen.Web.Hosting;
using DossierGen.Yaml;

namespace DossierGen.Web.Editor;

/// <summary>
/// What the editor's routes do, apart from HTTP: the form's values turned into the file's YAML by
/// the round trip, checked by the reader (for a change, loaded and assessed as assess would),
/// saved only over the bytes the editor opened.
/// </summary>
internal sealed class EditorService(WorkbenchState state)
{
    /// <summary>The file's format and values, or null when it is not a YAML mapping the form can show (DG1702).</summary>
    public static (string Format, JsonObject Values)? Values(OpenedFile file, string? formatForNewFile, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Hash == EditorFiles.Absent)
        {
            var format = formatForNewFile is not null && EditableFormats.Shapes.ContainsKey(formatForNewFile) ? formatForNewFile : FormatTags.Change;
            return (format, new JsonObject { ["format"] = format });
        }

        var root = YamlTreeReader.Read(file.Path, file.Text, new DiagnosticBag()) as YamlMapping;
        var tag = (root?.Get("format") as YamlScalar)?.Value;
        if (root is null || tag is null || !EditableFormats.Shapes.ContainsKey(tag))
        {
            diagnostics.Error(DiagnosticCodes.EditorNotRoundTrippable, SourceLocation.StartOf(file.Path), "the form edits change, product, master-file and comparability files that read as YAML; open this file in a text editor");
            return null;
        }

        return (tag, (JsonObject)YamlJson.ToJson(root)!);
    }

    public EditorCheckResult Check(OpenedFile file, JsonObject values)
    {
        var diagnostics = new DiagnosticBag();
        var text = FormSave.TextFor(file, values, diagnostics);
        if (text is null)
        {
            return new EditorCheckResult(null, EditorCheck.Locate(file.Path, file.Text, diagnostics.Sorted()), null);
        }

        if ((values["format"] as JsonValue)?.ToString() != FormatTags.Change)
        {
            return new EditorCheckResult(text, EditorCheck.Run(file.Path, text, state.Options.Defaults), null);
        }

        // A change is loaded and assessed as the assessment view does (its rules cached across requests) when it has no errors.
        var relative = Path.GetRelativePath(state.Folder.Root, file.Path).Replace(Path.DirectorySeparatorChar, '/');
        var assessed = ChangeAssessor.Assess(state, relative, file.Path, asOf: null, diagnostics, text);
        var assessment = assessed is null ? null : JsonNode.Parse(AssessmentJsonWriter.Write(assessed.Assessment));
        return new EditorCheckResult(text, EditorCheck.Locate(file.Path, text, diagnostics.Sorted()), assessment);
    }
}

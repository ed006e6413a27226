using System.Text.Json.Nodes;
using DossierGen.Diagnostics;

namespace DossierGen.Editing;

/// <summary>
/// Saves the form's values into their file: the values are written into the text the file has on
/// disk (<see cref="YamlRoundTrip"/>), which must still be the text the editor opened.
/// </summary>
public static class FormSave
{
    /// <summary>The text the values make of the file as it is on disk, or null with DG1702 when the file is not YAML the round trip can write into.</summary>
    public static string? TextFor(OpenedFile file, JsonObject values, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = YamlRoundTrip.Apply(file.Text, values);
        if (text is null)
        {
            diagnostics.Error(DiagnosticCodes.EditorNotRoundTrippable, SourceLocation.StartOf(file.Path), "the file is not YAML with a mapping at its top, so the form cannot write into it without losing what it holds; fix it in a text editor first");
        }

        return text;
    }

    public static SaveResult Save(string path, string openedHash, JsonObject values)
    {
        var diagnostics = new DiagnosticBag();
        var current = EditorFiles.Open(path, diagnostics);
        if (current is null)
        {
            return new SaveResult(SaveOutcome.Failed, null, diagnostics.Sorted());
        }

        if (current.Hash != openedHash)
        {
            // The file changed: the save reports the conflict (and writes nothing) without rewriting anything first.
            return EditorFiles.Save(path, openedHash, current.Text);
        }

        var text = TextFor(current, values, diagnostics);
        return text is null
            ? new SaveResult(SaveOutcome.Failed, null, diagnostics.Sorted())
            : EditorFiles.Save(path, openedHash, text, current.HasByteOrderMark);
    }
}

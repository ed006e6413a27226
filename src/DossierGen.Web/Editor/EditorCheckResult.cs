using System.Text.Json.Nodes;
using DossierGen.Editing;

namespace DossierGen.Web.Editor;

/// <param name="Text">The YAML the values make of the file (what a save would write), or null when the file cannot take them.</param>
/// <param name="Assessment">The contract's assessment JSON of the edited change, or null when it has errors or is not a change.</param>
internal sealed record EditorCheckResult(string? Text, IReadOnlyList<EditorDiagnostic> Diagnostics, JsonNode? Assessment);

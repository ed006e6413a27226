using DossierGen.Diagnostics;

namespace DossierGen.Editing;

/// <summary>
/// A reader's diagnostic with the key it concerns, so the page can show it beside that field.
/// </summary>
/// <param name="KeyPath">The concrete key path (<c>changes[0].operation</c>) in the edited file; empty for the file as a whole; null when the diagnostic is in another file (the referenced product).</param>
public sealed record EditorDiagnostic(Diagnostic Diagnostic, string? KeyPath);

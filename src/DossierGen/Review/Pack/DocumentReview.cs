namespace DossierGen.Review.Pack;

/// <summary>One document of the pack: how it stands against its approved version, and why it changed.</summary>
/// <param name="Path">Relative to the change's dossier folder, forward slashes (<c>EU/3.2.S.2.6.docx</c>).</param>
/// <param name="State">changed, unchanged, new (no approved version) or removed (no longer generated).</param>
/// <param name="Revisions">Tracked changes in its redline (0 when there is none).</param>
/// <param name="Causes">What changed behind it, from the provenance of both versions.</param>
public sealed record DocumentReview(string Path, string State, int Revisions, IReadOnlyList<string> Causes);

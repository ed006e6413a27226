namespace DossierGen.Review;

/// <summary>One file whose committed copy differs from what the current inputs, rules and templates generate.</summary>
/// <param name="State">missing (not committed), changed, or extra (committed but no longer generated).</param>
public sealed record Drift(string Path, string State)
{
    /// <summary>
    /// Why a changed Word document (or its Markdown twin) drifted, from the provenance the committed
    /// and the regenerated document carry: "rule EMA-… now applies", "input C1.proposed changed from …".
    /// For a changed manifest.json, the causes its documents' recorded provenance gives (a rule
    /// edited without changing any text shows only there). Empty when unknown (another file, or
    /// the committed one has no provenance).
    /// </summary>
    public IReadOnlyList<string> Causes { get; init; } = [];
}

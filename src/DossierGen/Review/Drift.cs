namespace DossierGen.Review;

/// <summary>One file whose committed copy differs from what the current inputs, rules and templates generate.</summary>
/// <param name="State">missing (not committed), changed, or extra (committed but no longer generated).</param>
public sealed record Drift(string Path, string State);

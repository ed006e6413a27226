namespace DossierGen.Editing;

/// <param name="Values">One per pasted attribute, in header order; null for an empty cell.</param>
public sealed record PastedRow(string Lot, IReadOnlyList<PastedValue?> Values);

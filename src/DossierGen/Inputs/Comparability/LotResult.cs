namespace DossierGen.Inputs.Comparability;

/// <summary>One lot's result for one attribute: a number for a measured attribute, a text for a <c>conforms</c> one.</summary>
public sealed record LotResult(string Lot, double? Number, string? Text);

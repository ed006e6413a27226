namespace DossierGen.Editing;

/// <summary>A pasted cell: a number, or a text such as "conforms".</summary>
public sealed record PastedValue(double? Number, string? Text);

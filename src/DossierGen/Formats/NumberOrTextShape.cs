namespace DossierGen.Formats;

/// <summary>
/// A number or a text, as a lot's result: a number for a measured attribute, the text "conforms"
/// for a qualitative one. Which of the two an attribute takes is decided by its criterion, so the
/// reader checks that, not the shape.
/// </summary>
public sealed record NumberOrTextShape : Shape;

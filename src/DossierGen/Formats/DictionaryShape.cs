namespace DossierGen.Formats;

/// <summary>
/// A mapping whose keys the user chooses (a study's results, keyed by lot id), every value of one
/// shape. Which keys are allowed depends on other parts of the file, so the reader checks the keys.
/// </summary>
public sealed record DictionaryShape(Shape Values) : Shape;

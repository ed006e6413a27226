namespace DossierGen.Review;

/// <summary>Something that changed between the inputs of two generations: an input field, a rule, a template.</summary>
/// <param name="Words">Words of the old and new values, to match a cause to the revisions it explains.</param>
public sealed record Cause(string Description, IReadOnlySet<string> Words, bool IsInput);

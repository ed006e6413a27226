namespace DossierGen.Templates.Model;

/// <summary>A Module 1 document's entries that no input holds: the placeholders a writer completes before submitting.</summary>
public sealed record PlaceholderModel
{
    /// <summary>US, EU or JP.</summary>
    public required string Market { get; init; }

    /// <summary>The document, as its heading numbers and names it (such as <c>1.2 Cover letter</c>).</summary>
    public required string Document { get; init; }

    /// <summary>Its placeholders, each once, in order of first appearance, separated by <c>; </c> (such as <c>[FEI number]; [DUNS number]</c>).</summary>
    public required string Entries { get; init; }
}

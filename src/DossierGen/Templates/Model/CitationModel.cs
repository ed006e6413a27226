namespace DossierGen.Templates.Model;

/// <summary>A footnote citing a rule and its sources.</summary>
public sealed record CitationModel
{
    /// <summary>The footnote label, such as <c>c1</c> (write <c>[^{{ citation.ref }}]:</c>).</summary>
    public required string Ref { get; init; }

    /// <summary>The footnote text in English.</summary>
    public required string Text { get; init; }

    /// <summary>The footnote text with Japanese punctuation.</summary>
    public required string TextJa { get; init; }
}

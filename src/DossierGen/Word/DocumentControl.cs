namespace DossierGen.Word;

/// <summary>
/// The document-control block on a document's first page. Status is always DRAFT (DossierGen
/// writes drafts a regulatory writer finishes) and the classification Confidential; a value the
/// inputs do not give is null and shows as a visible placeholder.
/// </summary>
/// <param name="Number">The document's number, such as HBG-REG-0031-US-3.2.S.2.6.</param>
public sealed record DocumentControl(string? Number, string? Version, string? Sponsor)
{
    public static DocumentControl Unnumbered { get; } = new(null, null, null);
}

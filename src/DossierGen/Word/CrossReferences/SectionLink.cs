using DossierGen.Word.Bookmarks;

namespace DossierGen.Word.CrossReferences;

/// <summary>
/// The Markdown form of a cross-reference to a CTD section: a link whose target is <c>#sec:</c> and
/// the section number, as in <c>[3.2.S.2.5](#sec:3.2.S.2.5)</c> or <c>[process validation](#sec:3.2.S.2.5)</c>.
/// </summary>
public static class SectionLink
{
    public const string Prefix = "#sec:";

    /// <summary>The section a link target points at, or null when it is not a section link.</summary>
    public static string? Target(string? url) =>
        url is not null && url.StartsWith(Prefix, StringComparison.Ordinal) && SectionNumbers.IsSectionNumber(url[Prefix.Length..])
            ? url[Prefix.Length..]
            : null;
}

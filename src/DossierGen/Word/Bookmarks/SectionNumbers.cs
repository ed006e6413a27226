using System.Text.RegularExpressions;

namespace DossierGen.Word.Bookmarks;

/// <summary>
/// CTD section numbers as headings and cross-references write them: a module digit 1-5, then
/// dot-separated parts of one or two digits or one capital letter (1, 1.4.1, 3.2.S.2.6, 3.2.P.5.1, 3.2.R).
/// </summary>
public static partial class SectionNumbers
{
    /// <summary>The section number a heading's text starts with (followed by a space or the end), or null.</summary>
    public static string? Leading(string headingText)
    {
        ArgumentNullException.ThrowIfNull(headingText);
        var match = LeadingNumber().Match(headingText);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Whether <paramref name="text"/> is exactly a section number.</summary>
    public static bool IsSectionNumber(string text) => WholeNumber().IsMatch(text);

    [GeneratedRegex(@"^([1-5](?:\.(?:[0-9]{1,2}|[A-Z]))*)(?:\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^[1-5](?:\.(?:[0-9]{1,2}|[A-Z]))*$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumber();
}

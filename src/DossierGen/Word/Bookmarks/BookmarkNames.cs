using System.Text;

namespace DossierGen.Word.Bookmarks;

/// <summary>
/// Bookmark names Word accepts: at most 40 characters, ASCII letters, digits and underscores. They
/// start with an underscore, which Word keeps for bookmarks it hides from the Bookmark dialog (as
/// its own _Toc and _Ref ones), so a writer's list shows only the bookmarks they made.
/// </summary>
public static class BookmarkNames
{
    public const int MaxLength = 40;

    /// <summary>The bookmark of a section's heading: <c>_sec_3_2_S_2_6</c> for 3.2.S.2.6, the same in every document.</summary>
    public static string ForSection(string number) => Fit("_sec_" + Slug(number));

    /// <summary>The bookmark of a heading without a section number, from its text (<c>_sec_Risk_assessment</c>), or null when no ASCII letter or digit is left.</summary>
    public static string? ForHeadingText(string text)
    {
        var slug = Slug(text);
        return slug.Length == 0 ? null : Fit("_sec_" + slug);
    }

    /// <summary>The bookmark of the n-th caption of a kind: <c>_tbl_3_2_S_2_6_1</c>, <c>_fig_1</c>.</summary>
    public static string ForCaption(string kind, string? prefix, int number)
    {
        var numberText = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = prefix is null ? numberText : Slug(prefix) + "_" + numberText;
        return Fit("_" + kind + "_" + body);
    }

    /// <summary>Whether <paramref name="name"/> is a name Word accepts for a bookmark.</summary>
    public static bool IsValid(string name) =>
        name.Length is > 0 and <= MaxLength && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary><paramref name="name"/> with <c>_2</c>, <c>_3</c> … in its last characters, still at most 40 long.</summary>
    public static string WithSuffix(string name, int suffix)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tail = "_" + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return name[..Math.Min(name.Length, MaxLength - tail.Length)] + tail;
    }

    /// <summary>ASCII letters and digits kept, every other run of characters one underscore, none at either end.</summary>
    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '_')
            {
                slug.Append('_');
            }
        }

        return slug.ToString().TrimEnd('_');
    }

    private static string Fit(string name) => name.Length <= MaxLength ? name : name[..MaxLength].TrimEnd('_');
}

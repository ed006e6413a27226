using System.Security.Cryptography;
using System.Text;
using DossierGen.Word.Xml;

namespace DossierGen.Word.Bookmarks;

/// <summary>
/// Names each heading's bookmark from what it says, so the name is the same on every run and in
/// every market: a heading that starts with a section number is <c>_sec_</c> and that number (the
/// target of cross-references from other documents); the first level-1 heading of a document whose
/// title leaves its number out (the Japanese summary) takes the document's section number; any
/// other heading is named from its ASCII words, or from a short hash of a text that has none.
/// </summary>
internal static class HeadingBookmarks
{
    public static void Add(BookmarkRegistry bookmarks, WordElement heading, int level, string? documentSection)
    {
        var text = Wml.TextOf(heading).Trim();
        if (SectionNumbers.Leading(text) is { } number)
        {
            bookmarks.WrapSection(heading, number);
        }
        else if (level == 1 && documentSection is not null && bookmarks.Section(documentSection) is null)
        {
            bookmarks.WrapSection(heading, documentSection);
        }
        else
        {
            bookmarks.Wrap(heading, BookmarkNames.ForHeadingText(text) ?? "_sec_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8]);
        }
    }
}

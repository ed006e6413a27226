using System.Globalization;
using DossierGen.Word.Xml;

namespace DossierGen.Word.Bookmarks;

/// <summary>
/// The bookmarks of one document: unique names (a second heading of the same text gets <c>_2</c>),
/// ids numbered from 1 in document order, and which bookmark each section number's heading got,
/// for cross-references within the document.
/// </summary>
public sealed class BookmarkRegistry
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _sections = new(StringComparer.Ordinal);
    private int _lastId;

    /// <summary>Puts a bookmark around the content of <paramref name="paragraph"/>, named <paramref name="preferred"/> or a free variant of it; returns the name.</summary>
    public string Wrap(WordElement paragraph, string preferred)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        ArgumentNullException.ThrowIfNull(preferred);
        var name = preferred;
        for (var suffix = 2; !_names.Add(name); suffix++)
        {
            name = BookmarkNames.WithSuffix(preferred, suffix);
        }

        var id = (++_lastId).ToString(CultureInfo.InvariantCulture);
        var afterProperties = paragraph.FirstChild?.Name == Wml.ParagraphProperties ? 1 : 0;
        paragraph.Insert(afterProperties, new WordElement("w:bookmarkStart").With("w:id", id).With("w:name", name));
        paragraph.Add(new WordElement("w:bookmarkEnd").With("w:id", id));
        return name;
    }

    /// <summary>Bookmarks a section heading and remembers it as the target of links to that section (the first heading of a number wins).</summary>
    public void WrapSection(WordElement paragraph, string number)
    {
        var name = Wrap(paragraph, BookmarkNames.ForSection(number));
        _sections.TryAdd(number, name);
    }

    /// <summary>The bookmark of the heading of section <paramref name="number"/> in this document, or null.</summary>
    public string? Section(string number) => _sections.GetValueOrDefault(number);
}

using DossierGen.Word.Bookmarks;
using DossierGen.Word.Xml;

namespace DossierGen.Word.CrossReferences;

/// <summary>
/// Where one document's section links go: to the section's heading bookmark when the section is in
/// this document (w:anchor), else to the dossier document that holds it, by a relative path with
/// the bookmark as the location (r:id and w:anchor, as Word writes a link into another file); a
/// section that is in neither is no link at all, so a document never points at nothing.
/// </summary>
public sealed class SectionLinks(IReadOnlySet<string> here, IReadOnlyDictionary<string, string> files)
{
    private readonly List<(WordElement Link, string Section)> _internal = [];

    /// <summary>A hyperlink element to <paramref name="section"/> (its relationship, if any, added to <paramref name="content"/>), or null when the section is not in the dossier.</summary>
    public WordElement? Link(WordContent content, string section)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (here.Contains(section))
        {
            // The anchor is set when the document is complete: the heading may come after the link.
            var link = new WordElement("w:hyperlink").With("w:history", "true");
            _internal.Add((link, section));
            return link;
        }

        if (files.TryGetValue(section, out var file))
        {
            content.Hyperlinks.Add(file);
            return Inlines.HyperlinkElement.For(content.Hyperlinks.Count).With("w:anchor", BookmarkNames.ForSection(section));
        }

        return null;
    }

    /// <summary>Points every link within the document at the bookmark its section's heading got.</summary>
    public void Anchor(BookmarkRegistry bookmarks)
    {
        ArgumentNullException.ThrowIfNull(bookmarks);
        foreach (var (link, section) in _internal)
        {
            link.With("w:anchor", bookmarks.Section(section) ?? BookmarkNames.ForSection(section));
        }
    }
}

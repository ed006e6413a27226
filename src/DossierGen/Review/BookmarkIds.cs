using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Review;

/// <summary>
/// A redline holds deleted blocks of OLD beside inserted blocks of NEW, and both documents number
/// their bookmarks (heading anchors, captions) from the same start, so ids and names repeat. Word
/// requires a bookmark id to be unique and drops a repeated name; this renumbers the later
/// bookmark of each clash (and its end) and gives it a name of its own.
/// </summary>
internal static class BookmarkIds
{
    /// <summary>Word's limit on a bookmark name.</summary>
    private const int MaxNameLength = 40;

    public static void MakeUnique(Body body)
    {
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var open = new Dictionary<string, string>(StringComparer.Ordinal);
        var next = 0;
        foreach (var element in body.Descendants())
        {
            if (element is BookmarkStart start && start.Id?.Value is { } id)
            {
                var unique = id;
                if (!usedIds.Add(id))
                {
                    while (!usedIds.Add(unique = (++next).ToString(CultureInfo.InvariantCulture)))
                    {
                    }

                    start.Id = unique;
                }

                open[id] = unique;
                if (start.Name?.Value is { } name && !usedNames.Add(name))
                {
                    start.Name = FreeName(name, usedNames);
                }
            }
            else if (element is BookmarkEnd end && end.Id?.Value is { } endId && open.Remove(endId, out var renumbered))
            {
                end.Id = renumbered;
            }
        }
    }

    private static string FreeName(string name, HashSet<string> used)
    {
        for (var n = 2; ; n++)
        {
            var suffix = "_" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = name[..Math.Min(name.Length, MaxNameLength - suffix.Length)] + suffix;
            if (used.Add(candidate))
            {
                return candidate;
            }
        }
    }
}

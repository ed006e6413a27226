namespace DossierGen.Review;

/// <summary>
/// The causes of one redline indexed by their words, so explaining a revision costs its own words
/// rather than its words times every cause: a document with a hundred thousand custom properties
/// explains a hundred thousand revisions as fast as one with fifty.
/// </summary>
internal sealed class CauseIndex
{
    private readonly IReadOnlyList<Cause> _causes;
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private readonly List<Cause> _notInputs;

    public CauseIndex(IReadOnlyList<Cause> causes)
    {
        _causes = causes;
        for (var i = 0; i < causes.Count; i++)
        {
            foreach (var word in causes[i].Words)
            {
                if (!_byWord.TryGetValue(word, out var list))
                {
                    _byWord[word] = list = [];
                }

                list.Add(i);
            }
        }

        _notInputs = [.. causes.Where(c => !c.IsInput)];
    }

    /// <summary>
    /// The first <paramref name="limit"/> causes (in cause order) that share a word with the revision;
    /// when none does, the first causes that are not inputs (rules and templates).
    /// </summary>
    public IReadOnlyList<Cause> Explain(string revisionText, int limit)
    {
        // The first matches overall are among the first matches of each word's list (lists are in cause order).
        var found = new SortedSet<int>();
        foreach (var word in CauseFinder.Words(revisionText))
        {
            if (_byWord.TryGetValue(word, out var list))
            {
                for (var i = 0; i < list.Count && i < limit; i++)
                {
                    found.Add(list[i]);
                }
            }
        }

        return found.Count > 0 ? [.. found.Take(limit).Select(i => _causes[i])] : [.. _notInputs.Take(limit)];
    }
}

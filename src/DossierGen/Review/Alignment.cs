namespace DossierGen.Review;

/// <summary>Longest-common-subsequence alignment of two sequences by key: the backbone of diff and redline.</summary>
public static class Alignment
{
    public enum Edit
    {
        Same,
        Deleted,
        Inserted,
    }

    /// <summary>Steps that turn <paramref name="before"/> into <paramref name="after"/>: (step, index in before or -1, index in after or -1).</summary>
    public static List<(Edit Edit, int Before, int After)> Align<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(key);
        var a = before.Select(key).ToArray();
        var b = after.Select(key).ToArray();
        var lengths = new int[a.Length + 1][];
        for (var i = 0; i <= a.Length; i++)
        {
            lengths[i] = new int[b.Length + 1];
        }

        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : Math.Max(lengths[i + 1][j], lengths[i][j + 1]);
            }
        }

        var steps = new List<(Edit, int, int)>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                steps.Add((Edit.Same, x++, y++));
            }
            else if (lengths[x + 1][y] >= lengths[x][y + 1])
            {
                steps.Add((Edit.Deleted, x++, -1));
            }
            else
            {
                steps.Add((Edit.Inserted, -1, y++));
            }
        }

        while (x < a.Length)
        {
            steps.Add((Edit.Deleted, x++, -1));
        }

        while (y < b.Length)
        {
            steps.Add((Edit.Inserted, -1, y++));
        }

        return steps;
    }

    /// <summary>
    /// The alignment as hunks: the items removed and added since the last kept item, then the kept
    /// item itself (null for the final hunk). Callers pair removed with added items as changes.
    /// </summary>
    public static IEnumerable<(List<T> Removed, List<T> Added, T? Kept)> Hunks<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key)
        where T : class
    {
        var (removed, added) = (new List<T>(), new List<T>());
        foreach (var (edit, b, a) in Align(before, after, key).Append((Edit.Same, -1, -1)))
        {
            switch (edit)
            {
                case Edit.Deleted:
                    removed.Add(before[b]);
                    break;
                case Edit.Inserted:
                    added.Add(after[a]);
                    break;
                default:
                    yield return (removed, added, a >= 0 ? after[a] : null);
                    (removed, added) = (new List<T>(), new List<T>());
                    break;
            }
        }
    }
}

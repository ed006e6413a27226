namespace DossierGen.Review;

/// <summary>
/// Longest-common-subsequence alignment of two sequences by key: the backbone of diff and redline.
/// Exact (a dynamic-programming table) where the two are small enough, which every real dossier is;
/// beyond that, the common start and end are matched, the items that occur once on each side are
/// matched in order (patience alignment), and the stretches between them are aligned the same way,
/// exactly when they are small and as replaced when the <see cref="AlignmentBudget"/> is spent.
/// </summary>
public static class Alignment
{
    public enum Edit
    {
        Same,
        Deleted,
        Inserted,
    }

    /// <summary>Steps that turn <paramref name="before"/> into <paramref name="after"/>: (step, index in before or -1, index in after or -1).</summary>
    public static List<(Edit Edit, int Before, int After)> Align<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key) =>
        Align(before, after, key, new AlignmentBudget());

    internal static List<(Edit Edit, int Before, int After)> Align<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, AlignmentBudget budget)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(budget);

        // Keys become small numbers once, so every comparison after is one integer compare.
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(T item)
        {
            var text = key(item);
            if (!numbers.TryGetValue(text, out var number))
            {
                number = numbers.Count;
                numbers.Add(text, number);
            }

            return number;
        }

        var a = before.Select(Number).ToArray();
        var b = after.Select(Number).ToArray();
        var steps = new List<(Edit, int, int)>(a.Length + b.Length);
        new Aligner(a, b, steps, budget).Run(0, a.Length, 0, b.Length, depth: 0);
        return steps;
    }

    /// <summary>
    /// The alignment as hunks: the items removed and added since the last kept item, then the kept
    /// item itself (null for the final hunk). Callers pair removed with added items as changes.
    /// </summary>
    public static IEnumerable<(List<T> Removed, List<T> Added, T? Kept)> Hunks<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key)
        where T : class => Hunks(before, after, key, new AlignmentBudget());

    internal static IEnumerable<(List<T> Removed, List<T> Added, T? Kept)> Hunks<T>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, string> key, AlignmentBudget budget)
        where T : class
    {
        var (removed, added) = (new List<T>(), new List<T>());
        foreach (var (edit, b, a) in Align(before, after, key, budget).Append((Edit.Same, -1, -1)))
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

    /// <summary>One alignment's state: the two sequences as numbers, the steps so far, the budget.</summary>
    private sealed class Aligner(int[] a, int[] b, List<(Edit, int, int)> steps, AlignmentBudget budget)
    {
        /// <summary>How often a stretch between anchors is searched for anchors of its own, so the stack stays shallow.</summary>
        private const int MaxDepth = 32;

        /// <summary>Appends the steps for a[aStart..aEnd) against b[bStart..bEnd).</summary>
        public void Run(int aStart, int aEnd, int bStart, int bEnd, int depth)
        {
            if (Exact(aStart, aEnd, bStart, bEnd))
            {
                return;
            }

            // The common start and end cost nothing to match and are matched by any longest alignment.
            while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart])
            {
                steps.Add((Edit.Same, aStart++, bStart++));
            }

            var common = 0;
            while (aStart < aEnd - common && bStart < bEnd - common && a[aEnd - 1 - common] == b[bEnd - 1 - common])
            {
                common++;
            }

            Middle(aStart, aEnd - common, bStart, bEnd - common, depth);
            for (var i = common; i > 0; i--)
            {
                steps.Add((Edit.Same, aEnd - i, bEnd - i));
            }
        }

        private void Middle(int aStart, int aEnd, int bStart, int bEnd, int depth)
        {
            if (Exact(aStart, aEnd, bStart, bEnd))
            {
                return;
            }

            var anchors = depth < MaxDepth && budget.TrySpend((long)(aEnd - aStart) + (bEnd - bStart)) ? UniqueAnchors(aStart, aEnd, bStart, bEnd) : [];
            if (anchors.Count == 0)
            {
                Replace(aStart, aEnd, bStart, bEnd);
                return;
            }

            foreach (var (i, j) in anchors)
            {
                Run(aStart, i, bStart, j, depth + 1);
                steps.Add((Edit.Same, i, j));
                (aStart, bStart) = (i + 1, j + 1);
            }

            Run(aStart, aEnd, bStart, bEnd, depth + 1);
        }

        /// <summary>Everything left as deleted, then everything right as inserted (nothing when both are empty).</summary>
        private void Replace(int aStart, int aEnd, int bStart, int bEnd)
        {
            for (var i = aStart; i < aEnd; i++)
            {
                steps.Add((Edit.Deleted, i, -1));
            }

            for (var j = bStart; j < bEnd; j++)
            {
                steps.Add((Edit.Inserted, -1, j));
            }
        }

        /// <summary>
        /// The exact longest common subsequence when the table fits and the budget allows: lengths
        /// filled from the end, then a walk from the start that keeps equal items, and where both
        /// would do, deletes before it inserts.
        /// </summary>
        private bool Exact(int aStart, int aEnd, int bStart, int bEnd)
        {
            var (n, m) = (aEnd - aStart, bEnd - bStart);
            if (n == 0 || m == 0)
            {
                Replace(aStart, aEnd, bStart, bEnd);
                return true;
            }

            var cells = (long)(n + 1) * (m + 1);
            if (cells > AlignmentBudget.TableCells || !budget.TrySpend(cells))
            {
                return false;
            }

            var lengths = new int[n + 1][];
            for (var i = 0; i <= n; i++)
            {
                lengths[i] = new int[m + 1];
            }

            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    lengths[i][j] = a[aStart + i] == b[bStart + j] ? lengths[i + 1][j + 1] + 1 : Math.Max(lengths[i + 1][j], lengths[i][j + 1]);
                }
            }

            int x = 0, y = 0;
            while (x < n && y < m)
            {
                if (a[aStart + x] == b[bStart + y])
                {
                    steps.Add((Edit.Same, aStart + x++, bStart + y++));
                }
                else if (lengths[x + 1][y] >= lengths[x][y + 1])
                {
                    steps.Add((Edit.Deleted, aStart + x++, -1));
                }
                else
                {
                    steps.Add((Edit.Inserted, -1, bStart + y++));
                }
            }

            Replace(aStart + x, aEnd, bStart + y, bEnd);
            return true;
        }

        /// <summary>
        /// Pairs of positions whose item occurs exactly once in each stretch, the longest run of them
        /// in the same order on both sides (longest increasing subsequence by patience sorting).
        /// </summary>
        private List<(int A, int B)> UniqueAnchors(int aStart, int aEnd, int bStart, int bEnd)
        {
            var counts = new Dictionary<int, (int InA, int InB, int At)>();
            for (var i = aStart; i < aEnd; i++)
            {
                counts[a[i]] = counts.TryGetValue(a[i], out var c) ? c with { InA = c.InA + 1 } : (1, 0, -1);
            }

            for (var j = bStart; j < bEnd; j++)
            {
                if (counts.TryGetValue(b[j], out var c))
                {
                    counts[b[j]] = c with { InB = c.InB + 1, At = j };
                }
            }

            var pairs = new List<(int A, int B)>();
            for (var i = aStart; i < aEnd; i++)
            {
                if (counts[a[i]] is (1, 1, var j))
                {
                    pairs.Add((i, j));
                }
            }

            // Patience sorting: tails[k] is the pair ending the best increasing run of length k + 1.
            var tails = new List<int>();
            var previous = new int[pairs.Count];
            for (var p = 0; p < pairs.Count; p++)
            {
                int low = 0, high = tails.Count;
                while (low < high)
                {
                    var middle = (low + high) / 2;
                    if (pairs[tails[middle]].B < pairs[p].B)
                    {
                        low = middle + 1;
                    }
                    else
                    {
                        high = middle;
                    }
                }

                previous[p] = low > 0 ? tails[low - 1] : -1;
                if (low == tails.Count)
                {
                    tails.Add(p);
                }
                else
                {
                    tails[low] = p;
                }
            }

            var anchors = new List<(int A, int B)>(tails.Count);
            for (var p = tails.Count > 0 ? tails[^1] : -1; p >= 0; p = previous[p])
            {
                anchors.Add(pairs[p]);
            }

            anchors.Reverse();
            return anchors;
        }
    }
}

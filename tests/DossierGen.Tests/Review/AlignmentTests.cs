using DossierGen.Review;

namespace DossierGen.Tests.Review;

public sealed class AlignmentTests
{
    [Fact]
    public void TheStepsRebuildBothSequencesAndKeepALongestCommonSubsequence()
    {
        // A seeded property test: random word sequences over a small alphabet, so they share a lot.
        var random = new Random(20261122);
        for (var trial = 0; trial < 500; trial++)
        {
            var before = Words(random);
            var after = Words(random);

            var steps = Alignment.Align(before, after, w => w);

            Assert.Equal(before, steps.Where(s => s.Edit != Alignment.Edit.Inserted).Select(s => before[s.Before]));
            Assert.Equal(after, steps.Where(s => s.Edit != Alignment.Edit.Deleted).Select(s => after[s.After]));
            Assert.All(steps.Where(s => s.Edit == Alignment.Edit.Same), s => Assert.Equal(before[s.Before], after[s.After]));
            Assert.Equal(LongestCommon(before, after), steps.Count(s => s.Edit == Alignment.Edit.Same));
        }
    }

    [Fact]
    public void DeletionsComeBeforeInsertionsWhereBothWouldDo()
    {
        var steps = Alignment.Align(["a", "b", "c"], ["a", "x", "c"], w => w);

        Assert.Equal([Alignment.Edit.Same, Alignment.Edit.Deleted, Alignment.Edit.Inserted, Alignment.Edit.Same], steps.Select(s => s.Edit));
    }

    [Fact]
    public void SequencesTooLargeForAnExactTableStillRebuildBothSidesAndKeepWhatDidNotChange()
    {
        // 20,000 items against an edited copy: 400 million table cells, far beyond one exact table.
        var random = new Random(20261202);
        var before = Enumerable.Range(0, 20_000).Select(i => i % 7 == 0 ? "repeated" : "item " + i).ToList();
        var after = before.ToList();
        for (var edit = 0; edit < 50; edit++)
        {
            after[random.Next(after.Count)] = "edited " + edit;
        }

        after.RemoveRange(5_000, 100);
        after.InsertRange(12_000, Enumerable.Range(0, 100).Select(i => "inserted " + i));

        // With no budget left only the common start and end are matched, but the steps are still right.
        foreach (var budget in new[] { AlignmentBudget.TotalCells, 0 })
        {
            var steps = Alignment.Align(before, after, w => w, new AlignmentBudget(budget));

            Assert.Equal(before, steps.Where(s => s.Edit != Alignment.Edit.Inserted).Select(s => before[s.Before]));
            Assert.Equal(after, steps.Where(s => s.Edit != Alignment.Edit.Deleted).Select(s => after[s.After]));
            Assert.All(steps.Where(s => s.Edit == Alignment.Edit.Same), s => Assert.Equal(before[s.Before], after[s.After]));
            if (budget > 0)
            {
                // Only the removed, inserted and edited items (and the repeated ones among them) may go unmatched.
                Assert.InRange(steps.Count(s => s.Edit == Alignment.Edit.Same), before.Count - 200, before.Count);
            }
        }
    }

    private static string[] Words(Random random) =>
        [.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => ((char)('a' + random.Next(4))).ToString())];

    /// <summary>The textbook recursion, memoised: an independent oracle for the alignment's length.</summary>
    private static int LongestCommon(string[] a, string[] b)
    {
        var memo = new Dictionary<(int, int), int>();
        int Length(int i, int j)
        {
            if (i == a.Length || j == b.Length)
            {
                return 0;
            }

            if (!memo.TryGetValue((i, j), out var value))
            {
                value = a[i] == b[j] ? 1 + Length(i + 1, j + 1) : Math.Max(Length(i + 1, j), Length(i, j + 1));
                memo[(i, j)] = value;
            }

            return value;
        }

        return Length(0, 0);
    }
}

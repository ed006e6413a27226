namespace DossierGen.Review;

/// <summary>
/// How much exact alignment one diff or redline may do. The longest common subsequence of two
/// stretches costs the product of their lengths; beyond <see cref="TableCells"/> for one stretch or
/// <see cref="TotalCells"/> for all of them together, <see cref="Alignment"/> only matches what is
/// unique or shared at the ends and shows the rest as replaced, so time stays linear in the
/// documents' size. Real dossiers stay far below both (a whole redline of the largest example
/// section is under a million cells).
/// </summary>
internal sealed class AlignmentBudget(long totalCells = AlignmentBudget.TotalCells)
{
    /// <summary>One exact table: 4 M cells of 4 bytes.</summary>
    public const long TableCells = 1L << 22;

    /// <summary>All exact tables and anchor searches of one diff or redline together.</summary>
    public const long TotalCells = 1L << 27;

    private long _left = totalCells;

    /// <summary>Takes <paramref name="cells"/> from the budget when there are that many left.</summary>
    public bool TrySpend(long cells)
    {
        if (cells > _left)
        {
            return false;
        }

        _left -= cells;
        return true;
    }
}

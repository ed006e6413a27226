namespace DossierGen.Templates.Model;

/// <summary>One comparability study as the documents show it: design, lots, criteria, results, charts and conclusion.</summary>
public sealed record StudyModel
{
    /// <summary>The study's id.</summary>
    public required string Id { get; init; }

    /// <summary>The study's title (user text).</summary>
    public required string Title { get; init; }

    /// <summary>The ids of the changes it supports, comma-separated.</summary>
    public required string Covers { get; init; }

    /// <summary><c>independent</c> or <c>paired</c>.</summary>
    public required string Design { get; init; }

    /// <summary>True for a paired (split-source) design.</summary>
    public required bool Paired { get; init; }

    /// <summary>The design in a sentence or two, with the numbers of lots and pairs.</summary>
    public required string DesignText { get; init; }

    /// <summary>The pairs of a paired design (donor or source, pre lot, post lot), else empty.</summary>
    public required IReadOnlyList<StudyPairModel> Pairs { get; init; }

    /// <summary>Every lot in file order: the genealogy table's rows.</summary>
    public required IReadOnlyList<StudyLotModel> Lots { get; init; }

    /// <summary>Every attribute in file order, with its criterion, results and chart.</summary>
    public required IReadOnlyList<StudyAttributeModel> Attributes { get; init; }

    /// <summary>Pre-change lots in the study.</summary>
    public required int NPre { get; init; }

    /// <summary>Post-change lots in the study.</summary>
    public required int NPost { get; init; }

    /// <summary>CQAs in the study, and how many of them are comparable.</summary>
    public required int Cqas { get; init; }

    /// <summary>CQAs whose verdict is comparable.</summary>
    public required int CqasComparable { get; init; }

    /// <summary><c>comparable</c>, <c>not-comparable</c> or <c>insufficient-data</c> (contract 2.1).</summary>
    public required string Verdict { get; init; }

    /// <summary>The verdict in words: "comparable", "not comparable", "not yet decided (too few lots)".</summary>
    public required string VerdictLabel { get; init; }

    /// <summary>The failing CQAs with their lots, semicolon-separated, or null.</summary>
    public required string? Failing { get; init; }

    /// <summary>The conclusion paragraph, generated from the verdicts (one line).</summary>
    public required string Conclusion { get; init; }
}

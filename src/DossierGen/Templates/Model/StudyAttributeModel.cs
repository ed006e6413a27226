namespace DossierGen.Templates.Model;

/// <summary>One attribute of a study: its criterion in words, its results table, its chart and its verdict.</summary>
public sealed record StudyAttributeModel
{
    /// <summary>The attribute's name (user text).</summary>
    public required string Name { get; init; }

    /// <summary>The method (user text), or null.</summary>
    public required string? Method { get; init; }

    /// <summary>The unit (user text), or null.</summary>
    public required string? Unit { get; init; }

    /// <summary>True for a critical quality attribute (only CQAs decide the study's verdict).</summary>
    public required bool Cqa { get; init; }

    /// <summary>The criterion's kind, such as <c>tolerance-interval</c>.</summary>
    public required string Criterion { get; init; }

    /// <summary>The criterion with its statistical basis in words: "99 %/95 % tolerance interval of 6 pre-change lots, k = 5.241".</summary>
    public required string Basis { get; init; }

    /// <summary>The results table's rows: pre-change statistics, each post lot's value, the interval or CI, the verdict.</summary>
    public required IReadOnlyList<ResultRowModel> Rows { get; init; }

    /// <summary>The interval the post lots are judged against, or the CI of the difference, as text; null when there is none.</summary>
    public required string? Interval { get; init; }

    /// <summary>The post lots outside the interval or limits, or not conforming, comma-separated, or null.</summary>
    public required string? Outside { get; init; }

    /// <summary><c>comparable</c>, <c>not-comparable</c> or <c>insufficient-data</c>.</summary>
    public required string Verdict { get; init; }

    /// <summary>The verdict in words.</summary>
    public required string VerdictLabel { get; init; }

    /// <summary>The chart's data as a <c>dossiergen-chart</c> block body (JSON) for a quantitative attribute, else null; write it as it is inside the fence.</summary>
    public required string? Chart { get; init; }

    /// <summary>The chart's caption text (for a <c>Figure:</c> line), or null when there is no chart.</summary>
    public required string? ChartCaption { get; init; }
}

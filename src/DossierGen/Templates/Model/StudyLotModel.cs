namespace DossierGen.Templates.Model;

/// <summary>One lot of a study: a row of the lot genealogy table.</summary>
public sealed record StudyLotModel
{
    /// <summary>The lot's id.</summary>
    public required string Id { get; init; }

    /// <summary><c>pre-change</c> or <c>post-change</c>.</summary>
    public required string Group { get; init; }

    /// <summary>The donor or source of a paired design, else null.</summary>
    public required string? Pair { get; init; }

    /// <summary>The site (user text), or null.</summary>
    public required string? Site { get; init; }

    /// <summary>The scale, such as <c>500 L</c>, or null.</summary>
    public required string? Scale { get; init; }

    /// <summary>The date of manufacture, YYYY-MM-DD, or null.</summary>
    public required string? Date { get; init; }

    /// <summary>The use (clinical, ppq, engineering, stability, commercial, development) in words, or null.</summary>
    public required string? Use { get; init; }
}

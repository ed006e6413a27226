namespace DossierGen.Templates.Model;

/// <summary>An evidence kind's row of the global evidence plan.</summary>
public sealed record EvidencePlanRowModel
{
    /// <summary>The evidence kind in English words.</summary>
    public required string Label { get; init; }

    /// <summary>The ids of the changes any market asks it for, comma-separated, in file order.</summary>
    public required string Changes { get; init; }

    /// <summary>Per market (the assessment's order): <c>-</c>, <c>needed</c>, or <c>needed; </c> and who supplies it.</summary>
    public required IReadOnlyList<string> Cells { get; init; }
}

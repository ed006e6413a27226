namespace DossierGen.Templates.Model;

/// <summary>A change that names a registered element: what each market registered, what was derived, and what it decided.</summary>
public sealed record RegisteredRowModel
{
    /// <summary>The change's id.</summary>
    public required string Change { get; init; }

    /// <summary>The element's id and name (one-line text).</summary>
    public required string Element { get; init; }

    /// <summary>The proposed value, as text.</summary>
    public required string Proposed { get; init; }

    /// <summary>Per market (the assessment's order): the registered value, the derived direction, the EC status and the decision, as text.</summary>
    public required IReadOnlyList<string> Cells { get; init; }
}

namespace DossierGen.Templates.Model;

/// <summary>What every document knows about itself: the change control and the product.</summary>
public record DocumentModel
{
    /// <summary>The evaluation date, YYYY-MM-DD (<c>--as-of</c>, else the implementation date).</summary>
    public required string Date { get; init; }

    /// <summary>The evaluation date written out as the section's market writes dates: <c>March 1, 2027</c> (US), <c>1 March 2027</c> (EU and the assessment).</summary>
    public required string DateLong { get; init; }

    /// <summary>The evaluation date in Japanese, <c>2027年3月1日</c>.</summary>
    public required string DateJa { get; init; }

    /// <summary>The change control id.</summary>
    public required string ChangeId { get; init; }

    /// <summary>The change control's title (one-line user text: write it through <c>md</c>).</summary>
    public required string ChangeTitle { get; init; }

    /// <summary>The user's description as safe Markdown to insert as it is on lines of its own, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The product.</summary>
    public required ProductModel Product { get; init; }
}

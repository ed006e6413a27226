namespace DossierGen.Templates.Model;

/// <summary>What every document knows about itself: the change control and the product.</summary>
public record DocumentModel
{
    /// <summary>The evaluation date, YYYY-MM-DD (<c>--as-of</c>, else the implementation date).</summary>
    public required string Date { get; init; }

    /// <summary>The change control id.</summary>
    public required string ChangeId { get; init; }

    /// <summary>The change control's title (one-line user text: write it through <c>md</c>).</summary>
    public required string ChangeTitle { get; init; }

    /// <summary>The user's description as safe Markdown to insert as it is on lines of its own, or null.</summary>
    public required string? Description { get; init; }

    /// <summary>The product.</summary>
    public required ProductModel Product { get; init; }
}

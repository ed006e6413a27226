namespace DossierGen.Templates.Model;

/// <summary>A master file the change references, as it stands in the section's market.</summary>
public sealed record MasterFileModel
{
    /// <summary>The master file's id.</summary>
    public required string Id { get; init; }

    /// <summary>Its title.</summary>
    public required string Title { get; init; }

    /// <summary>Its holder (one-line text).</summary>
    public required string Holder { get; init; }

    /// <summary>Its number in this market, or null when it is not filed here.</summary>
    public required string? Number { get; init; }

    /// <summary>The date of the authorization held for this market, YYYY-MM-DD, or null.</summary>
    public required string? Authorized { get; init; }

    /// <summary>The evidence it supplies for the section's changes, in English words, comma-separated, or null.</summary>
    public required string? Supplies { get; init; }
}

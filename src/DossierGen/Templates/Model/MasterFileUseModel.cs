namespace DossierGen.Templates.Model;

/// <summary>A master file's row of the assessment: how each market can use it.</summary>
public sealed record MasterFileUseModel
{
    /// <summary>The master file's id.</summary>
    public required string Id { get; init; }

    /// <summary>Its holder (one-line text).</summary>
    public required string Holder { get; init; }

    /// <summary>Per market (the assessment's order): its number, the authorization and what it supplies, or <c>not filed</c>.</summary>
    public required IReadOnlyList<string> Cells { get; init; }
}

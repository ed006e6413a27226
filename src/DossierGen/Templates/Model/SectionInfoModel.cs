namespace DossierGen.Templates.Model;

/// <summary>The outline section being written (outline.yaml).</summary>
public sealed record SectionInfoModel
{
    /// <summary>The CTD number, such as <c>3.2.S.2.2</c> (<c>1</c> for Module 1).</summary>
    public required string Number { get; init; }

    /// <summary>The section's title.</summary>
    public required string Title { get; init; }

    /// <summary>What the section holds (the outline's <c>purpose</c>, a sentence), or null.</summary>
    public required string? Purpose { get; init; }
}

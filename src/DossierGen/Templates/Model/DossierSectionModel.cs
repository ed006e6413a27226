namespace DossierGen.Templates.Model;

/// <summary>A Module 3 section the market's dossier holds for the change: what a Module 1 document lists and links to.</summary>
public sealed record DossierSectionModel
{
    /// <summary>The CTD number, such as <c>3.2.S.2.2</c>; link to it as <c>[x](#sec:3.2.S.2.2)</c>.</summary>
    public required string Number { get; init; }

    /// <summary>The section's title.</summary>
    public required string Title { get; init; }

    /// <summary>The ids of the changes it covers, comma-separated.</summary>
    public required string Changes { get; init; }
}

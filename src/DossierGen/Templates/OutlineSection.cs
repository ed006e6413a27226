using DossierGen.Inputs;

namespace DossierGen.Templates;

/// <summary>One section of templates/outline.yaml.</summary>
/// <param name="Markets">The markets it is written for, or null for all.</param>
public sealed record OutlineSection(
    string Id,
    string Number,
    string Title,
    string File,
    string Template,
    string? Purpose,
    IReadOnlyList<Market>? Markets,
    string Language,
    bool Always,
    IReadOnlyList<string> Kinds,
    string? Material,
    IReadOnlyList<string> Evidence)
{
    /// <summary>The language of a section whose outline entry names none.</summary>
    public const string DefaultLanguage = "en-GB";
}

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
    /// <summary>The stages it is written for (<c>marketed</c>, <c>clinical</c>), or null for any.</summary>
    public IReadOnlyList<string>? Stages { get; init; }

    /// <summary>The market procedures it is written for, or null for any: a Module 1 document exists for some procedures only.</summary>
    public IReadOnlyList<string>? Procedures { get; init; }

    /// <summary>The language of a section whose outline entry names none.</summary>
    public const string DefaultLanguage = "en-GB";
}

namespace DossierGen.Word;

/// <summary>The direct run formatting Markdown can express: emphasis and inline code.</summary>
public readonly record struct RunFormat(bool Bold, bool Italic, string? CharacterStyle)
{
    public static RunFormat Plain { get; } = new(false, false, null);
}

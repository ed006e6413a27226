namespace DossierGen.Word;

/// <summary>The direct run formatting Markdown can express: emphasis, inserted (underlined) text and inline code.</summary>
public readonly record struct RunFormat(bool Bold, bool Italic, string? CharacterStyle)
{
    /// <summary>A single underline: the changed words of a 新旧対照表 (<c>++x++</c>).</summary>
    public bool Underline { get; init; }

    public static RunFormat Plain { get; } = new(false, false, null);
}

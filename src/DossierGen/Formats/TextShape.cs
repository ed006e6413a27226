namespace DossierGen.Formats;

public sealed record TextShape : Shape
{
    public TextFormat Format { get; init; }

    /// <summary>The only values allowed, or null when any text of the format is allowed.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }

    /// <summary>The value used when the key is left out (documented in the schema).</summary>
    public string? Default { get; init; }

    public static TextShape Of(params string[] allowed) => new() { Allowed = allowed };
}

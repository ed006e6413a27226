namespace DossierGen.Formats;

/// <summary>The extra keys a mapping takes when its discriminator key has <see cref="Value"/> (a change's kind).</summary>
public sealed record Variant(string Value, string Description, IReadOnlyList<PropertyShape> Properties)
{
    /// <summary>Keys that become required when another key of the same mapping has a given value.</summary>
    public IReadOnlyList<ConditionalRequirement> Conditionals { get; init; } = [];
}

namespace DossierGen.Formats;

public sealed record MappingShape(IReadOnlyList<PropertyShape> Properties) : Shape
{
    public int MinProperties { get; init; }

    /// <summary>The key whose value selects a <see cref="Variant"/> (a change's <c>kind</c>), or null.</summary>
    public string? Discriminator { get; init; }

    public IReadOnlyList<Variant> Variants { get; init; } = [];

    /// <summary>Keys of which exactly one must be present (a criterion's kind), or empty.</summary>
    public IReadOnlyList<string> ExactlyOneOf { get; init; } = [];

    public PropertyShape? FindProperty(string name) => Properties.FirstOrDefault(p => p.Name == name);

    public Variant? FindVariant(string value) => Variants.FirstOrDefault(v => v.Value == value);
}

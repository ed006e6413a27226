namespace DossierGen.Editing;

/// <summary>
/// One key of a DossierGen file as the workbench editor shows it: derived from the same shape that
/// the reader checks and the JSON Schema publishes, so the form cannot offer what the reader refuses.
/// </summary>
/// <param name="Key">The YAML key; empty for a list item, a dictionary value or the file itself.</param>
/// <param name="Path">Where the key sits, with <c>[]</c> for any list item and <c>.*</c> for any dictionary key (<c>changes[].kind</c>).</param>
/// <param name="Help">The shape's description, as the JSON Schema gives it to editors.</param>
public sealed record FormField(string Key, string Path, string Label, string? Help, FormFieldKind Kind)
{
    public bool Required { get; init; }

    /// <summary>A required key that may be left out when this other key is present.</summary>
    public string? RequiredUnless { get; init; }

    /// <summary>The allowed values of a <see cref="FormFieldKind.Choice"/>, in the contract's order.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>The value the reader uses when the key is left out, as YAML writes it (<c>true</c>, <c>0.05</c>, <c>unknown</c>).</summary>
    public string? Default { get; init; }

    /// <summary><c>id</c>, <c>date</c> or <c>volume</c> for a text that must look a certain way; null for any text.</summary>
    public string? Format { get; init; }

    public double? ExclusiveMinimum { get; init; }

    public double? ExclusiveMaximum { get; init; }

    public int MinItems { get; init; }

    public bool UniqueItems { get; init; }

    /// <summary>The keys of a group, or of the inline group of a <see cref="FormFieldKind.TextOrGroup"/>.</summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];

    /// <summary>The shape of each list item or dictionary value.</summary>
    public FormField? Item { get; init; }

    /// <summary>The key whose value chooses one of <see cref="Variants"/> (a change's <c>kind</c>), or null.</summary>
    public string? Discriminator { get; init; }

    public IReadOnlyList<FormVariant> Variants { get; init; } = [];

    /// <summary>Keys of which exactly one must be present (a criterion's kind).</summary>
    public IReadOnlyList<string> ExactlyOneOf { get; init; } = [];

    public int MinProperties { get; init; }
}

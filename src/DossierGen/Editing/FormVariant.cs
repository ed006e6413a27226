using DossierGen.Formats;

namespace DossierGen.Editing;

/// <summary>The fields a group gains when its discriminator key has <see cref="Value"/>: the facts of one change kind.</summary>
public sealed record FormVariant(string Value, string Description, IReadOnlyList<FormField> Fields, IReadOnlyList<ConditionalRequirement> RequiredWhen);

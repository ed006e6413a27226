namespace DossierGen.Formats;

/// <summary>
/// A rule condition (all / any / not / fact test). It is recursive, so it is checked by
/// <see cref="Rules.ConditionReader"/> rather than the generic shape checks, and written to the
/// JSON Schema as a shared recursive definition.
/// </summary>
public sealed record ConditionShape : Shape;

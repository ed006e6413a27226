namespace DossierGen.Facts;

/// <summary>One named fact rules may test, with its type and the values it can take.</summary>
/// <param name="Values">The values a text fact can take, or null when it is free text.</param>
/// <param name="Kinds">For a change-kind fact, the kinds that have it; null for facts every change has.</param>
/// <param name="ValuesByKind">For a change-kind fact, the values each kind allows (nature differs by kind).</param>
public sealed record FactDefinition(
    string Name,
    FactType Type,
    FactScope Scope,
    string Description,
    IReadOnlyList<string>? Values = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? ValuesByKind = null,
    IReadOnlyList<string>? Kinds = null);

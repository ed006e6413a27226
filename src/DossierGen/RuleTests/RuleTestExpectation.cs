using DossierGen.Diagnostics;

namespace DossierGen.RuleTests;

/// <summary>What a test case expects; a null or empty part is not checked.</summary>
public sealed record RuleTestExpectation(
    string? Procedure,
    IReadOnlyList<string>? Codes,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<string> SatisfiedByMasterFile,
    IReadOnlyList<(string Rule, SourceLocation Location)> Fires,
    IReadOnlyList<(string Rule, SourceLocation Location)> NotFires);

using DossierGen.Diagnostics;

namespace DossierGen.Inputs;

/// <summary>An approved comparability protocol (US), PACMP (EU) or confirmed change plan (JP).</summary>
public sealed record Agreement(string Kind, Market Market, string Reference, DateOnly Approved, IReadOnlyList<string> Covers, SourceLocation Location);

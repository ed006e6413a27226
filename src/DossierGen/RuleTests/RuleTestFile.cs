using DossierGen.Inputs;

namespace DossierGen.RuleTests;

/// <param name="RulesFile">The rules file beside the test file, whose rules the cases are written for.</param>
public sealed record RuleTestFile(string Path, string RulesFile, Market Market, IReadOnlyList<RuleTestCase> Cases);

using DossierGen.Diagnostics;
using DossierGen.Inputs;

namespace DossierGen.RuleTests;

/// <summary>One rule test case, bound into the change description the engine will assess.</summary>
public sealed record RuleTestCase(string Note, ChangeDescription Input, DateOnly AsOf, RuleTestExpectation Expect, SourceLocation Location);

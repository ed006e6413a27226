using DossierGen.Diagnostics;
using DossierGen.Inputs;

namespace DossierGen.RuleTests;

/// <summary>One rule test case, bound into the change description the engine will assess.</summary>
/// <param name="MasterFileChange">When set, the case asks what the programme files for this change to its master file.</param>
public sealed record RuleTestCase(string Note, ChangeDescription Input, DateOnly AsOf, RuleTestExpectation Expect, SourceLocation Location)
{
    public Impact.MasterFileChange? MasterFileChange { get; init; }
}

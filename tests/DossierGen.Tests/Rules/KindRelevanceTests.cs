using DossierGen.Diagnostics;
using DossierGen.Explain;
using DossierGen.Rules;

namespace DossierGen.Tests.Rules;

public sealed class KindRelevanceTests
{
    private static readonly SourceLocation Here = SourceLocation.StartOf("rules.yaml");

    private static ConditionTrace Fact(string fact, bool result, string actual) =>
        new(new FactCondition(fact, ConditionOperator.EqualTo, ["x"], Here, Here), result, actual, []);

    private static ConditionTrace All(bool result, params ConditionTrace[] children) => new(new AllCondition([.. children.Select(c => c.Condition)], Here), result, null, children);

    private static ConditionTrace Any(bool result, params ConditionTrace[] children) => new(new AnyCondition([.. children.Select(c => c.Condition)], Here), result, null, children);

    [Fact]
    public void AnAnyWhoseEveryBranchAsksForAnotherKindFailsOnKind()
    {
        var failed = Any(false, All(false, Fact("change.kind", false, "scale"), Fact("change.action", false, "replace")), Fact("change.kind", false, "scale"));

        Assert.True(KindRelevance.FailsOnKind(failed));
    }

    [Fact]
    public void AnAnyWithABranchForTheChangesKindIsANearMissShownByThatBranchAlone()
    {
        var failed = Any(false,
            All(false, Fact("change.kind", false, "site"), Fact("change.nature", false, "(none)")),
            All(false, Fact("change.kind", true, "site"), Fact("change.action", false, "replace")));

        Assert.False(KindRelevance.FailsOnKind(failed));
        Assert.Equal("change.action equals x (actual: replace)", ConditionTraceText.Of(KindRelevance.Relevant(failed)));
    }

    [Fact]
    public void AConditionOnOtherFactsIsKeptWhole()
    {
        var failed = Any(false, Fact("change.operation", false, "manufacturing"), Fact("change.material", false, "drug-substance"));

        Assert.False(KindRelevance.FailsOnKind(failed));
        Assert.Equal("any of: change.operation equals x (actual: manufacturing); change.material equals x (actual: drug-substance)", ConditionTraceText.Of(KindRelevance.Relevant(failed)));
    }
}

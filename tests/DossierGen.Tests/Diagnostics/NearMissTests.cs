using DossierGen.Diagnostics;

namespace DossierGen.Tests.Diagnostics;

public sealed class NearMissTests
{
    [Theory]
    [InlineData("opration", "operation")]
    [InlineData("manufacture", "manufacturing")]
    [InlineData("Marketed", "marketed")]
    [InlineData("site-staus", "site-status")]
    [InlineData("mcb", "MCB")]
    public void ATypoSuggestsTheIntendedWord(string typo, string intended)
    {
        string[] words = ["operation", "manufacturing", "marketed", "site-status", "MCB", "WCB", "action"];

        Assert.Equal(intended, NearMiss.Suggest(typo, words));
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    public void AnUnrelatedWordSuggestsNothing(string word)
    {
        Assert.Null(NearMiss.Suggest(word, ["operation", "action", "material"]));
    }
}

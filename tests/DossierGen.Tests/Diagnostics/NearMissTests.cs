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

    [Fact]
    public void AHintForAValueThatLooksLikeTheSuggestionNamesTheCharacterThatDiffers()
    {
        Assert.Equal(" (did you mean 'marketed'? 'm\u0430rketed' has U+0430 at character 2)", NearMiss.Hint("m\u0430rketed", ["marketed", "clinical"]));
        Assert.Equal(" (did you mean 'site-status'? 'site\u00A0status' has U+00A0 at character 5)", NearMiss.Hint("site\u00A0status", ["site-status"]));
    }

    [Theory]
    [InlineData("markted")]
    [InlineData("Marketed")]
    [InlineData("site status")]
    public void AHintForAPlainTypoHasNoNote(string typo)
    {
        Assert.DoesNotContain(" has U+", NearMiss.Hint(typo, ["marketed", "site-status"]), StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvisibleCharacterIsSeenInTheDiagnosticThatSuggestsTheValueWithoutIt()
    {
        var value = "marketed\u200B";
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "DG1104", $"found '{value}'{NearMiss.Hint(value, ["marketed"])}", SourceLocation.StartOf("x.yaml"));

        Assert.EndsWith("found 'marketed\\u200B' (did you mean 'marketed'?)", diagnostic.ToString(), StringComparison.Ordinal);
    }
}

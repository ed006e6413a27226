using System.Text;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation;

/// <summary>
/// The internal memo lists, per market and change, the classification rules one condition kept
/// from applying (issue 11: near misses belong in the memo, never in Module 3).
/// </summary>
public sealed class MemoNearMissTests
{
    private const string Example = "aav-ds-site-transfer";

    [Fact]
    public void TheMemoOfANewSiteListsTheAddressOnlyRuleWithWhatItWouldDecideTheFailedConditionAndItsCitation()
    {
        var memo = Encoding.UTF8.GetString(ExampleDossiers.Document(Example, "/assessment.md"));
        var section = Section(memo);

        // The FDA's address-only rule: AR instead of PAS, had the change only renamed the site.
        var row = Assert.Single(section.Split('\n'), l => l.Contains("`FDA-SITE-ADDRESS-ONLY`", StringComparison.Ordinal));
        Assert.StartsWith("| C1 |", row, StringComparison.Ordinal);
        Assert.Contains("| AR (PAS) |", row, StringComparison.Ordinal);
        Assert.Contains("| change.action equals address-only (actual: replace) |", row, StringComparison.Ordinal);
        var mark = row[(row.IndexOf("[^", StringComparison.Ordinal) + 2)..row.IndexOf(']', row.IndexOf("[^", StringComparison.Ordinal))];
        Assert.Contains($"[^{mark}]: FDA-SITE-ADDRESS-ONLY (verify): FDA guidance", memo, StringComparison.Ordinal);
        Assert.Contains("### European Union", section, StringComparison.Ordinal);
        Assert.Contains("### Japan", section, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWordMemoHoldsTheSectionToo()
    {
        var xml = DocxXml.Part(ExampleDossiers.Document(Example, "/assessment.docx"));

        Assert.Contains("Rules that almost applied", xml, StringComparison.Ordinal);
        Assert.Contains("FDA-SITE-ADDRESS-ONLY", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void ANearMissThatWouldDecideTheSameProcedureAndTheBranchesForOtherKindsAreLeftOut()
    {
        var section = Section(Encoding.UTF8.GetString(ExampleDossiers.Document(Example, "/assessment.md")));

        // explain lists it (a new suite in a licensed facility is a PAS too), the memo does not.
        Assert.DoesNotContain("FDA-SITE-MFG-SAME-PRODUCT-SUITE", section, StringComparison.Ordinal);
        // EMA-NAME-ADDRESS-AS-SITE's any-of has a branch for administrative changes: a site change shows only its own.
        var row = Assert.Single(section.Split('\n'), l => l.Contains("`EMA-NAME-ADDRESS-AS-SITE`", StringComparison.Ordinal));
        Assert.EndsWith("| change.action equals address-only (actual: replace) |", row, StringComparison.Ordinal);
        Assert.DoesNotContain("administrative", section, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAssessmentMadeWithoutItsRuleSetSaysNoRuleWasNear()
    {
        var files = ExampleDossiers.Generate(ExampleDossiers.Assess(Example) with { Rules = null });

        var memo = Encoding.UTF8.GetString(files.Single(f => f.RelativePath.EndsWith("/assessment.md", StringComparison.Ordinal)).Content);
        Assert.Contains("No classification rule was one condition away from applying to a change.", Section(memo), StringComparison.Ordinal);
    }

    private static string Section(string memo)
    {
        var start = memo.IndexOf("## Rules that almost applied", StringComparison.Ordinal);
        Assert.True(start >= 0, "the memo has no 'Rules that almost applied' section");
        return memo[start..memo.IndexOf("## Findings", start, StringComparison.Ordinal)];
    }
}

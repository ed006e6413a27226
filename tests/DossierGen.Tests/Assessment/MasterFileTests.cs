using DossierGen.Inputs;
using DossierGen.Tests.Golden;

namespace DossierGen.Tests.Assessment;

/// <summary>What a referenced master file supplies, market by market, on the examples that use one.</summary>
public sealed class MasterFileTests
{
    [Fact]
    public void AnIndMayRelyOnTheVectorMasterFileButTheEuCannot()
    {
        var assessment = ExampleAssessmentTests.AssessExample("cart-ind-vector-master-file");
        var us = assessment.Markets.Single(m => m.Market == Market.US);
        var eu = assessment.Markets.Single(m => m.Market == Market.EU);

        Assert.Contains(us.Evidence, e => e.SatisfiedBy == "LENTIPLAT-3");
        Assert.Contains(us.Evidence, e => e.Kind == "letter-of-authorization");
        Assert.All(eu.Evidence, e => Assert.Null(e.SatisfiedBy));
        Assert.Contains(eu.Findings, f => f.Rule == "EMA-MF-NO-ROUTE");
    }

    [Fact]
    public void ABlaDoesNotRelyOnAVectorMasterFileWhileJapanDoesWithAUseContract()
    {
        var assessment = ExampleAssessmentTests.AssessExample("cart-lentiviral-vector-cdmo-change");
        var us = assessment.Markets.Single(m => m.Market == Market.US);
        var jp = assessment.Markets.Single(m => m.Market == Market.JP);

        Assert.All(us.Evidence, e => Assert.Null(e.SatisfiedBy));
        Assert.Contains(us.Findings, f => f.Rule == "FDA-MF-BLA-VECTOR-UNSETTLED");
        Assert.Contains(jp.Evidence, e => e.SatisfiedBy == "LENTIPLAT-3");
        Assert.Contains(jp.Findings, f => f.Rule == "PMDA-MF-USABLE" && f.Message.Contains("must inform the applicant", StringComparison.Ordinal));
    }
}

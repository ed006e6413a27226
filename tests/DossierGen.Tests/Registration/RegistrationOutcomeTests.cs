using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Registration;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Registration;

/// <summary>Decisions that start from the registration, through the repository's rules and the three examples that use registered details.</summary>
public sealed class RegistrationOutcomeTests
{
    private static ChangeAssessment AssessExample(string name)
    {
        var diagnostics = new DiagnosticBag();
        var description = new ChangeFileReader(InputSources.None).Read(Path.Combine(RepositoryPaths.Examples, name, "change.yaml"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return AssessmentEngine.Assess(description!, RepositoryRules.Set, description!.ImplementationDate!.Value);
    }

    private static ChangeDecision Decision(ChangeAssessment assessment, Market market, string change = "C1") =>
        assessment.Markets.Single(m => m.Market == market).Changes.Single(c => c.Change == change);

    [Fact]
    public void AWithinRangeMoveNeedsNoFilingWhereItIsWithinRangeAndTheRulesFilingWhereItIsNot()
    {
        var assessment = AssessExample("aav-transfection-density-registered-ranges");

        Assert.Equal("NONE", Decision(assessment, Market.US).Procedure);
        Assert.Equal(RegistrationTraces.WithinRange, Decision(assessment, Market.US).RegistrationTrace);
        Assert.Equal("II", Decision(assessment, Market.EU).Procedure);
        Assert.Null(Decision(assessment, Market.EU).RegistrationTrace);
        Assert.Equal("NONE", Decision(assessment, Market.JP).Procedure);
        Assert.Contains(assessment.Markets.Single(m => m.Market == Market.US).Findings, f => f.Message.Contains("lies within the range US registered", StringComparison.Ordinal));
    }

    [Fact]
    public void ATighteningTheUsAlreadyRegisteredIsNotFiledThereButIsInTheEuAndJapan()
    {
        var assessment = AssessExample("cart-vcn-specification-tightened");

        Assert.Equal("NONE", Decision(assessment, Market.US).Procedure);
        Assert.Empty(Decision(assessment, Market.US).Rules);
        Assert.Equal(RegistrationTraces.Unchanged, Decision(assessment, Market.US).RegistrationTrace);
        Assert.Equal("IA", Decision(assessment, Market.EU).Procedure);
        Assert.Equal("PCA", Decision(assessment, Market.JP).Procedure);
    }

    [Fact]
    public void EstablishedConditionsReplaceTheRulesDefaultBothWays()
    {
        var assessment = AssessExample("aav-plcm-established-conditions");

        var usRatio = Decision(assessment, Market.US, "C1");
        Assert.Equal("CBE-30", usRatio.Procedure);
        Assert.Equal("PAS", usRatio.ProcedureBeforeEc);
        Assert.Equal(RegistrationTraces.LoweredByEc, usRatio.RegistrationTrace);
        var euRatio = Decision(assessment, Market.EU, "C1");
        Assert.Equal("IB", euRatio.Procedure);
        Assert.Equal(["Q.I.e.7.d"], euRatio.Codes.Select(c => c.Code));
        var usCapsids = Decision(assessment, Market.US, "C3");
        Assert.Equal("CBE-0", usCapsids.Procedure);
        Assert.Equal(RegistrationTraces.RaisedByEc, usCapsids.RegistrationTrace);
        Assert.Equal("PCA", Decision(assessment, Market.JP, "C1").Procedure);
    }

    [Fact]
    public void ANonEcChangeInAnAreaWithEcsIsManagedInThePqsWhereTheMarketHasEcs()
    {
        var assessment = AssessExample("aav-plcm-established-conditions");

        Assert.Equal(RegistrationTraces.ManagedInPqs, Decision(assessment, Market.US, "C2").RegistrationTrace);
        Assert.Equal("NONE", Decision(assessment, Market.EU, "C2").Procedure);
        Assert.Equal("MCN", Decision(assessment, Market.JP, "C2").Procedure);
    }

    [Fact]
    public void TheJsonCarriesTheRegistrationAndTheEcTrace()
    {
        var json = AssessmentJsonWriter.Write(AssessExample("aav-plcm-established-conditions"));

        Assert.Contains("\"trace\": \"lowered-by-ec\"", json, StringComparison.Ordinal);
        Assert.Contains("\"procedureBeforeEc\": \"PAS\"", json, StringComparison.Ordinal);
        Assert.Contains("\"element\": \"DS-PP-PEI-RATIO\"", json, StringComparison.Ordinal);
    }
}

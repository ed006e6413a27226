using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Registration;

namespace DossierGen.Tests.Registration;

/// <summary>The derived facts, per element type and per market, including markets that registered different values.</summary>
public sealed class RegistrationDeriverTests
{
    private static readonly SourceLocation Here = SourceLocation.StartOf("test.yaml");

    private static readonly ProductMarket Us = new(Market.US, Stage.Marketed, null, null);
    private static readonly ProductMarket Eu = new(Market.EU, Stage.Marketed, null, null);
    private static readonly ProductMarket Jp = new(Market.JP, Stage.Marketed, null, "regenerative-medical-product");

    private static RegisteredValue Range(decimal? low, decimal? high, decimal? setPoint = null) => new(low, high, setPoint, null, null, false);

    private static RegisteredValue Point(decimal value) => new(null, null, value, null, null, false);

    private static readonly RegisteredValue NotRegistered = new(null, null, null, null, null, true);

    private static MarketRegistration In(Market market, RegisteredValue value, bool inDossier = true, string? form = null, bool ec = false, string? category = null) =>
        new(market, market == Market.JP ? form != "not-described" : inDossier, market == Market.JP ? form ?? "partial-change-item" : null, ec, category, value, true);

    private static RegisteredElement Element(string type, RegisteredValue common, params MarketRegistration[] markets) =>
        new("E1", type, "drug-substance", "Element", common, markets, Here);

    private static Change ChangeOf(string kind, RegisteredValue proposed, string id = "E1") =>
        new("C1", kind, "drug-substance", "summary", null, null, "partial-change-item", true, ChangeRisk.Unknown, new Dictionary<string, FactValue>(), Here)
        {
            Registered = id,
            ProposedValue = proposed,
        };

    private static DerivedRegistration Derive(RegisteredElement element, Change change, ProductMarket market, params RegisteredElement[] others) =>
        RegistrationDeriver.Derive(new Product("P", "aav", [Us, Eu, Jp], "p.yaml") { Registered = [element, .. others] }, change, market)!;

    [Fact]
    public void ASetPointInsideOneMarketsRangeAndOutsideAnothersIsDerivedPerMarket()
    {
        var element = Element("process-parameter", Range(1.5m, 3.0m, 2.2m), In(Market.EU, Range(2.0m, 2.5m, 2.2m)), In(Market.JP, Range(2.0m, 3.0m), form: "minor-change-item"));
        var change = ChangeOf("process", Point(2.8m));

        var us = Derive(element, change, Us);
        var eu = Derive(element, change, Eu);
        var jp = Derive(element, change, Jp);

        Assert.Equal(Directions.WithinRange, us.Direction);
        Assert.Equal("parameter-within-approved-range", us.Overrides["nature"].ToString());
        Assert.Equal(Directions.Widened, eu.Direction);
        Assert.Equal("parameter-range-change", eu.Overrides["nature"].ToString());
        Assert.Equal(Directions.WithinRange, jp.Direction);
        Assert.Equal("minor-change-item", jp.Overrides["jp-approval-form"].ToString());
    }

    [Theory]
    [InlineData(1.8, 2.8, "tightened", "parameter-range-change")]
    [InlineData(1.0, 3.0, "widened", "parameter-range-change")]
    [InlineData(1.5, 3.0, "unchanged", null)]
    [InlineData(2.0, 3.5, "widened", "parameter-range-change")]
    public void AProposedRangeIsComparedWithTheRegisteredRange(double low, double high, string direction, string? nature)
    {
        var element = Element("process-parameter", Range(1.5m, 3.0m));
        var derived = Derive(element, ChangeOf("process", Range((decimal)low, (decimal)high)), Us);

        Assert.Equal(direction, derived.Direction);
        Assert.Equal(nature ?? "parameter-range-change", derived.Overrides["nature"].ToString());
        Assert.Equal(direction == "unchanged" ? "unchanged" : null, derived.NoFilingReason);
    }

    [Theory]
    [InlineData(4.0, "tightened", "tighten")]
    [InlineData(6.0, "widened", "widen")]
    public void ASpecificationLimitIsTightenedOrWidened(double proposedHigh, string direction, string nature)
    {
        var element = Element("specification", Range(null, 5m));
        var derived = Derive(element, ChangeOf("specification", Range(null, (decimal)proposedHigh)), Eu);

        Assert.Equal(direction, derived.Direction);
        Assert.Equal(nature, derived.Overrides["nature"].ToString());
    }

    [Fact]
    public void ASpecificationTestIsAddedWhereAMarketHasNoneAndUnchangedWhereItHasItAlready()
    {
        var element = Element("specification", Range(null, 4m), In(Market.EU, NotRegistered), In(Market.JP, Range(null, 5m), form: "minor-change-item"));
        var change = ChangeOf("specification", Range(null, 4m));

        Assert.Equal(Directions.Unchanged, Derive(element, change, Us).Direction);
        Assert.Equal("add-test", Derive(element, change, Eu).Overrides["nature"].ToString());
        var jp = Derive(element, change, Jp);
        Assert.Equal("tighten", jp.Overrides["nature"].ToString());
        Assert.Equal("minor-change-item", jp.Overrides["jp-approval-form"].ToString());
    }

    [Fact]
    public void ADeletedSpecificationTestIsDerivedAsDeleteTest()
    {
        var derived = Derive(Element("specification", Range(null, 5m)), ChangeOf("specification", NotRegistered), Us);

        Assert.Equal(Directions.Deleted, derived.Direction);
        Assert.Equal("delete-test", derived.Overrides["nature"].ToString());
    }

    [Theory]
    [InlineData("Site B, Cork", "replaced", "replace")]
    [InlineData("Site A, Boston", "unchanged", null)]
    public void ASiteIsReplacedOrUnchanged(string proposed, string direction, string? action)
    {
        var derived = Derive(Element("site", RegisteredValue.OfText("Site A, Boston")), ChangeOf("site", RegisteredValue.OfText(proposed)), Us);

        Assert.Equal(direction, derived.Direction);
        Assert.Equal(action, derived.Overrides.GetValueOrDefault("action")?.ToString());
    }

    [Fact]
    public void ASiteNotRegisteredInAMarketIsAdded()
    {
        var element = Element("site", RegisteredValue.OfText("Site A"), In(Market.JP, NotRegistered));

        Assert.Equal("add", Derive(element, ChangeOf("site", RegisteredValue.OfText("Site A")), Jp).Overrides["action"].ToString());
    }

    [Fact]
    public void AMaterialSupplierNotDescribedInTheEuDossierNeedsNoEuFiling()
    {
        var element = Element("material", RegisteredValue.OfText("Supplier A"), In(Market.EU, RegisteredValue.OfText("Supplier A"), inDossier: false), In(Market.JP, RegisteredValue.OfText("Supplier A"), form: "not-described"));
        var change = ChangeOf("raw-material", RegisteredValue.OfText("Supplier B"));

        Assert.Null(Derive(element, change, Us).NoFilingReason);
        Assert.Equal(RegistrationTraces.NotInDossier, Derive(element, change, Eu).NoFilingReason);
        Assert.Equal(RegistrationTraces.NotInDossier, Derive(element, change, Jp).NoFilingReason);
        Assert.Equal("false", Derive(element, change, Eu).Overrides["in-dossier"].ToString());
    }

    [Fact]
    public void AContainerClosureComponentIsReplaced()
    {
        var derived = Derive(Element("container-closure", RegisteredValue.OfText("2 mL COC vial")), ChangeOf("container-closure", RegisteredValue.OfText("2 mL glass vial")), Eu);

        Assert.Equal(Directions.Replaced, derived.Direction);
        Assert.False(derived.Overrides.ContainsKey("nature"));
    }

    [Theory]
    [InlineData(12, "widened", "extension")]
    [InlineData(6, "tightened", "reduction")]
    public void AShelfLifeIsExtendedOrReduced(int months, string direction, string nature)
    {
        var element = Element("shelf-life", Point(9m), In(Market.JP, Point(6m), form: "minor-change-item"));
        var derived = Derive(element, ChangeOf("shelf-life", Point(months)), Us);

        Assert.Equal(direction, derived.Direction);
        Assert.Equal(nature, derived.Overrides["nature"].ToString());
    }

    [Fact]
    public void AShelfLifeThatOneMarketAlreadyApprovedIsUnchangedThereAndExtendedElsewhere()
    {
        var element = Element("shelf-life", Point(9m), In(Market.JP, Point(12m), form: "minor-change-item"));
        var change = ChangeOf("shelf-life", Point(12m));

        Assert.Equal("extension", Derive(element, change, Us).Overrides["nature"].ToString());
        Assert.Equal(RegistrationTraces.Unchanged, Derive(element, change, Jp).NoFilingReason);
    }

    [Fact]
    public void AStorageConditionWrittenAsTextIsAStorageConditionChange()
    {
        var derived = Derive(Element("shelf-life", RegisteredValue.OfText("≤ -150 °C, LN2 vapour")), ChangeOf("shelf-life", RegisteredValue.OfText("≤ -60 °C")), Eu);

        Assert.Equal("storage-condition", derived.Overrides["nature"].ToString());
    }

    [Fact]
    public void AnEstablishedConditionAppliesOnlyWhereTheMarketAgreedACategory()
    {
        var element = Element("process-parameter", Range(1.5m, 2.5m), In(Market.US, Range(1.5m, 2.5m), ec: true, category: "CBE-30"), In(Market.EU, Range(1.5m, 2.5m), ec: true, category: "IB"));
        var change = ChangeOf("process", Range(1.5m, 3.0m));

        Assert.True(Derive(element, change, Us).EcApplies);
        Assert.True(Derive(element, change, Eu).EcApplies);
        Assert.False(Derive(element, change, Jp).EcApplies);
        Assert.False(Derive(element, change, Us with { Stage = Stage.Clinical }).EcApplies);
    }

    [Fact]
    public void ANonEcElementInAnAreaWithEcsIsManagedInThePqsOnlyInTheMarketsWithEcs()
    {
        var ec = new RegisteredElement("EC1", "process-parameter", "drug-substance", "Ratio", Range(1m, 2m), [In(Market.US, Range(1m, 2m), ec: true, category: "CBE-30")], Here);
        var element = Element("process-parameter", Range(68m, 76m));
        var change = ChangeOf("process", Range(66m, 80m));

        Assert.Equal(RegistrationTraces.ManagedInPqs, Derive(element, change, Us, ec).NoFilingReason);
        Assert.Null(Derive(element, change, Eu, ec).NoFilingReason);
        Assert.Null(Derive(element, change, Us with { Stage = Stage.Clinical }, ec).NoFilingReason);
    }

    [Fact]
    public void ValuesOfDifferentKindsOrUnitsCannotBeCompared()
    {
        Assert.NotNull(ValueComparison.Incomparable(Range(1m, 2m), RegisteredValue.OfText("two")));
        Assert.NotNull(ValueComparison.Incomparable(new RegisteredValue(1m, 2m, null, "h", null, false), new RegisteredValue(null, null, 1.5m, "min", null, false)));
        Assert.Null(ValueComparison.Incomparable(Range(1m, 2m), NotRegistered));
    }
}

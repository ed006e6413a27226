using DossierGen.Comparability;
using DossierGen.Inputs.Comparability;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace DossierGen.Tests.Comparability;

/// <summary>Each criterion of contract 1.5 on small studies whose answers can be worked out by hand.</summary>
public sealed class StudyAnalyzerTests
{
    private static ComparabilityStudy Study(StudyDesign design, IReadOnlyList<StudyLot> lots, params AttributeUnderStudy[] attributes) =>
        new("CMP-T", "Test", ["C1"], design, lots, attributes, "study.yaml", null);

    private static List<StudyLot> Lots(int pre, int post) =>
        [.. Enumerable.Range(1, pre).Select(i => Lot($"PRE-{i}", LotGroup.Pre)), .. Enumerable.Range(1, post).Select(i => Lot($"POST-{i}", LotGroup.Post))];

    private static StudyLot Lot(string id, LotGroup group, string? pair = null) => new(id, group, pair, null, null, null, null);

    private static AttributeUnderStudy Attribute(Criterion criterion, IEnumerable<double> pre, IEnumerable<double> post, ValueTransform transform = ValueTransform.None, bool cqa = true) =>
        new("A", null, null, cqa, transform, criterion,
            [.. pre.Select((v, i) => new LotResult($"PRE-{i + 1}", v, null)), .. post.Select((v, i) => new LotResult($"POST-{i + 1}", v, null))]);

    private static AttributeAnalysis AnalyzeOne(AttributeUnderStudy attribute, int pre, int post) =>
        StudyAnalyzer.Analyze(Study(StudyDesign.Independent, Lots(pre, post), attribute)).Attributes[0];

    [Fact]
    public void AQualityRangeIsTheMeanPlusOrMinusKStandardDeviationsAndNamesTheLotsOutside()
    {
        // pre 98, 100, 102: mean 100, s 2; k = 3 → [94, 106].
        var analysis = AnalyzeOne(Attribute(new QualityRangeCriterion(3), [98, 100, 102], [95, 106, 106.5]), 3, 3);

        Assert.Equal(new AcceptanceInterval(94, 106), analysis.Interval);
        Assert.Equal(3, analysis.Factor);
        Assert.Equal(["POST-3"], analysis.Outside);
        Assert.Equal(Verdict.NotComparable, analysis.Verdict);
    }

    [Fact]
    public void ALogTransformedRangeIsComputedOnLogsAndReportedOnTheOriginalScale()
    {
        // log10 of 1e13, 1e14, 1e15 is 13, 14, 15: mean 14, s 1, k = 1 → 10^13 .. 10^15.
        var analysis = AnalyzeOne(Attribute(new QualityRangeCriterion(1), [1e13, 1e14, 1e15], [2e14], ValueTransform.Log10), 3, 1);

        Assert.Equal(1e13, analysis.Interval!.Value.Lower!.Value, 1e13 * 1e-12);
        Assert.Equal(1e15, analysis.Interval!.Value.Upper!.Value, 1e15 * 1e-12);
        Assert.Equal(14, analysis.Pre!.Mean, 12);
        Assert.Equal(Verdict.Comparable, analysis.Verdict);
    }

    [Fact]
    public void AQualityRangeHoldsEveryPreLotOnceKReachesTheSamuelsonBound()
    {
        // Samuelson: no value lies more than (n − 1)/√n sample SDs from the mean, so such a range holds every pre lot.
        var random = new MersenneTwister(7);
        for (var n = 3; n <= 30; n++)
        {
            for (var trial = 0; trial < 20; trial++)
            {
                var values = MathNet.Numerics.Distributions.LogNormal.Samples(random, 0, 1.5).Take(n).ToArray();
                var k = (n - 1) / Math.Sqrt(n);
                var range = AnalyzeOne(Attribute(new QualityRangeCriterion(k * (1 + 1e-12)), values, values), n, n);

                Assert.Empty(range.Outside);
            }
        }

        // The bound is sharp: one lot apart from n − 1 equal ones lies exactly on it, and just outside any smaller k.
        double[] extreme = [0, 0, 0, 0, 1];
        var sharp = AnalyzeOne(Attribute(new QualityRangeCriterion(4 / Math.Sqrt(5) * 0.999), extreme, extreme), 5, 5);
        Assert.Equal(["POST-5"], sharp.Outside);
    }

    [Fact]
    public void MinMaxIsThePreRangeAndAValueOnALimitIsInside()
    {
        var analysis = AnalyzeOne(Attribute(new MinMaxCriterion(), [1.1e13, 1.3e13, 1.2e13], [1.3e13, 1.1e13, 1.31e13], ValueTransform.Log10), 3, 3);

        Assert.Equal(new AcceptanceInterval(1.1e13, 1.3e13), analysis.Interval);
        Assert.Equal(["POST-3"], analysis.Outside);
    }

    [Fact]
    public void AToleranceIntervalUsesTheExactFactorForTheNumberOfPreLots()
    {
        double[] pre = [10.1, 9.8, 10.3, 9.9, 10.0, 10.2];
        var analysis = AnalyzeOne(Attribute(new ToleranceIntervalCriterion(0.99, 0.95), pre, [10.4]), 6, 1);

        var k = ToleranceFactor.TwoSided(6, 0.99, 0.95);
        Assert.Equal(5.758, Math.Round(analysis.Factor!.Value, 3), 10);
        Assert.Equal(pre.Mean() - (k * pre.StandardDeviation()), analysis.Interval!.Value.Lower!.Value, 12);
        Assert.Equal(Verdict.Comparable, analysis.Verdict);
    }

    [Fact]
    public void LimitsMayBeOpenOnOneSide()
    {
        var analysis = AnalyzeOne(Attribute(new LimitsCriterion(null, 5), [], [0.5, 5, 5.01]), 0, 3);

        Assert.Equal(new AcceptanceInterval(null, 5), analysis.Interval);
        Assert.Equal(["POST-3"], analysis.Outside);
        Assert.Equal(0, analysis.NPre);
    }

    [Fact]
    public void AMarginInStandardDeviationsIsScaledByThePreLots()
    {
        // pre s = 2, margin-sd 1.5 → margin 3; the CI (-2.481, 4.481) of the hand example is not inside (-3, 3).
        var analysis = AnalyzeOne(Attribute(new EquivalenceCriterion(null, 1.5, 0.05), [10, 12, 14], [11, 13, 15]), 3, 3);

        Assert.Equal(3, analysis.Equivalence!.Margin, 12);
        Assert.Equal(Verdict.NotComparable, analysis.Verdict);
        Assert.Null(analysis.Interval);
        Assert.Empty(analysis.Outside);
    }

    [Fact]
    public void APairedStudyComparesWithinCompletePairsOnly()
    {
        List<StudyLot> lots = [Lot("D1-PRE", LotGroup.Pre, "D1"), Lot("D1-POST", LotGroup.Post, "D1"), Lot("D2-PRE", LotGroup.Pre, "D2"), Lot("D2-POST", LotGroup.Post, "D2"), Lot("D3-PRE", LotGroup.Pre, "D3"), Lot("D3-POST", LotGroup.Post, "D3")];
        var attribute = new AttributeUnderStudy("Viability", null, null, true, ValueTransform.None, new EquivalenceCriterion(5, null, 0.05),
            [new("D1-PRE", 90, null), new("D1-POST", 91, null), new("D2-PRE", 80, null), new("D2-POST", 82, null), new("D3-PRE", 70, null)]);

        var analysis = StudyAnalyzer.Analyze(Study(StudyDesign.Paired, lots, attribute)).Attributes[0];

        Assert.Equal(2, analysis.Pairs);
        Assert.Equal((3, 2), (analysis.NPre, analysis.NPost));
        Assert.Equal(1.5, analysis.Equivalence!.Difference, 12);
    }

    [Theory]
    [InlineData("quality-range", 2, 1)]
    [InlineData("tolerance-interval", 2, 1)]
    [InlineData("min-max", 1, 1)]
    [InlineData("equivalence", 1, 2)]
    [InlineData("equivalence", 2, 1)]
    [InlineData("quality-range", 3, 0)]
    [InlineData("limits", 3, 0)]
    public void TooFewLotsForTheCriterionIsInsufficientDataNotAVerdict(string kind, int pre, int post)
    {
        Criterion criterion = kind switch
        {
            "quality-range" => new QualityRangeCriterion(3),
            "tolerance-interval" => new ToleranceIntervalCriterion(0.99, 0.95),
            "min-max" => new MinMaxCriterion(),
            "limits" => new LimitsCriterion(0, 1),
            _ => new EquivalenceCriterion(1, null, 0.05),
        };

        var analysis = AnalyzeOne(Attribute(criterion, Enumerable.Repeat(1.0, pre), Enumerable.Repeat(1.0, post)), pre, post);

        Assert.Equal(Verdict.InsufficientData, analysis.Verdict);
        Assert.Null(analysis.Interval);
        Assert.Null(analysis.Equivalence);
    }

    [Fact]
    public void AQualitativeAttributeFailsOnAnyPostResultOtherThanConforms()
    {
        var attribute = new AttributeUnderStudy("Sterility", null, null, true, ValueTransform.None, new ConformsCriterion(),
            [new("PRE-1", null, "conforms"), new("POST-1", null, "conforms"), new("POST-2", null, "does not conform")]);

        var analysis = StudyAnalyzer.Analyze(Study(StudyDesign.Independent, Lots(1, 2), attribute)).Attributes[0];

        Assert.Equal(["POST-2"], analysis.Outside);
        Assert.Equal(Verdict.NotComparable, analysis.Verdict);
    }

    [Fact]
    public void TheStudyVerdictLooksAtCqasOnly()
    {
        var failingNonCqa = Attribute(new LimitsCriterion(0, 1), [], [2], cqa: false);
        var passing = Attribute(new LimitsCriterion(0, 3), [], [2]);
        var undecided = Attribute(new QualityRangeCriterion(3), [1, 2], [2]);
        var failing = Attribute(new LimitsCriterion(0, 1), [], [2]);

        Assert.Equal(Verdict.Comparable, StudyAnalyzer.Analyze(Study(StudyDesign.Independent, Lots(2, 1), failingNonCqa, passing)).Verdict);
        Assert.Equal(Verdict.InsufficientData, StudyAnalyzer.Analyze(Study(StudyDesign.Independent, Lots(2, 1), passing, undecided)).Verdict);
        Assert.Equal(Verdict.NotComparable, StudyAnalyzer.Analyze(Study(StudyDesign.Independent, Lots(2, 1), undecided, failing)).Verdict);
    }
}

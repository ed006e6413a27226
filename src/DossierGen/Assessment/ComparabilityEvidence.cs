using DossierGen.Comparability;

namespace DossierGen.Assessment;

/// <summary>
/// Puts a market's analytical-comparability evidence in the light of the change file's studies:
/// which studies stand behind it, whether it is supplied, failing or incomplete, and a warning
/// naming what fails or cannot yet be judged.
/// </summary>
internal static class ComparabilityEvidence
{
    public const string Kind = "analytical-comparability";

    public static MarketAssessment Apply(MarketAssessment market, IReadOnlyList<StudyAnalysis> studies)
    {
        var findings = market.Findings.ToList();
        var evidence = market.Evidence.Select(item =>
        {
            if (item.Kind != Kind)
            {
                return item;
            }

            var behind = studies.Where(s => s.Study.Covers.Any(item.Changes.Contains)).ToList();
            findings.AddRange(behind.Select(WarningFor).OfType<Finding>());
            return item with { Studies = [.. behind.Select(s => s.Study.Id)], Status = StatusOf(item, behind) };
        }).ToList();
        return market with { Evidence = evidence, Findings = findings };
    }

    private static EvidenceStatus StatusOf(EvidenceItem item, List<StudyAnalysis> behind) =>
        behind.Exists(s => s.Verdict == Verdict.NotComparable) ? EvidenceStatus.Failing
        : behind.Exists(s => s.Verdict == Verdict.InsufficientData) ? EvidenceStatus.Incomplete
        : item.Changes.All(c => behind.Exists(s => s.Study.Covers.Contains(c))) ? EvidenceStatus.Supplied
        : EvidenceStatus.ToBeSupplied;

    private static Finding? WarningFor(StudyAnalysis study)
    {
        var covers = string.Join(", ", study.Study.Covers);
        var change = study.Study.Covers.Count == 1 ? study.Study.Covers[0] : null;
        // The Japanese summary is Japanese throughout, so the engine's own findings carry their Japanese text too.
        return study.Verdict switch
        {
            Verdict.NotComparable => new Finding(
                "warning",
                null,
                $"comparability study {study.Study.Id} does not show {covers} comparable: {string.Join("; ", study.FailingCqas.Select(Failure))}",
                change,
                $"同等性／同質性試験 {study.Study.Id} では {covers} の同等性／同質性が示されていない：{string.Join("；", study.FailingCqas.Select(FailureJa))}"),
            Verdict.InsufficientData => new Finding(
                "warning",
                null,
                $"comparability study {study.Study.Id} has too few lots to judge {string.Join("; ", study.UndecidedCqas.Select(Shortfall))}; analytical comparability of {covers} is incomplete",
                change,
                $"同等性／同質性試験 {study.Study.Id} はロット数が足りず、{string.Join("；", study.UndecidedCqas.Select(ShortfallJa))}を判定できない。{covers} の品質特性の同等性／同質性評価は未完了である。"),
            _ => null,
        };
    }

    private static string Failure(AttributeAnalysis attribute) => attribute.Equivalence is { } tost
        ? $"{attribute.Attribute.Name} (the confidence interval {NumberText.Interval(tost.Ci.Lower, tost.Ci.Upper)} of the difference is not inside ±{NumberText.Of(tost.Margin)})"
        : $"{attribute.Attribute.Name} (lot{(attribute.Outside.Count == 1 ? "" : "s")} {string.Join(", ", attribute.Outside)} outside {Acceptance(attribute)})";

    private static string Acceptance(AttributeAnalysis attribute) => attribute.Interval is { } interval
        ? $"{attribute.Attribute.Criterion.Kind} {NumberText.Interval(interval.Lower, interval.Upper)}"
        : "conforms";

    private static string FailureJa(AttributeAnalysis attribute) => attribute.Equivalence is { } tost
        ? $"{attribute.Attribute.Name}（差の信頼区間 {NumberText.Interval(tost.Ci.Lower, tost.Ci.Upper)} が ±{NumberText.Of(tost.Margin)} の内側にない）"
        : $"{attribute.Attribute.Name}（ロット {string.Join("、", attribute.Outside)} が {Acceptance(attribute)} の範囲外）";

    private static string ShortfallJa(AttributeAnalysis attribute) =>
        $"{attribute.Attribute.Name}（結果のあるロット：変更前 {attribute.NPre}、変更後 {attribute.NPost}{(attribute.Pairs is { } pairs ? $"、完全なペア {pairs}" : "")}）";

    private static string Shortfall(AttributeAnalysis attribute) =>
        $"{attribute.Attribute.Name} ({attribute.NPre} pre and {attribute.NPost} post lots with results{(attribute.Pairs is { } pairs ? $", {pairs} complete pairs" : "")})";
}

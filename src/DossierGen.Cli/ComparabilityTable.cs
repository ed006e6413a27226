using System.Globalization;
using DossierGen.Assessment;
using DossierGen.Comparability;
using DossierGen.Inputs.Comparability;
using Spectre.Console;

namespace DossierGen.Cli;

/// <summary>The comparability studies in the readable assessment: per attribute the criterion, the interval or CI, the lots outside and the verdict.</summary>
internal static class ComparabilityTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<StudyAnalysis> studies)
    {
        foreach (var study in studies)
        {
            console.WriteLine();
            var design = study.Study.Design == StudyDesign.Paired ? "paired (split-source)" : "independent";
            console.MarkupLine($"Comparability study [bold]{AssessmentTable.Shown(study.Study.Id)}[/]: {AssessmentTable.Shown(study.Study.Title)}");
            console.MarkupLine($"{design} design, covers {AssessmentTable.Shown(string.Join(", ", study.Study.Covers))}: [bold]{study.Verdict.ToContract()}[/]");
            var table = new Table().Border(TableBorder.Simple).AddColumns("Attribute", "Criterion", "Interval or CI", "Outside", "Verdict");
            foreach (var attribute in study.Attributes)
            {
                table.AddRow(
                    AssessmentTable.Shown(attribute.Attribute.Name + (attribute.Attribute.Cqa ? "" : " (not a CQA)")),
                    AssessmentTable.Shown(Criterion(attribute)),
                    AssessmentTable.Shown(Result(attribute)),
                    AssessmentTable.Shown(string.Join(", ", attribute.Outside)),
                    attribute.Verdict.ToContract());
            }

            console.Write(table);
        }
    }

    /// <summary>How an analytical-comparability item stands against its studies, or null when the change file lists none.</summary>
    public static string? Standing(EvidenceItem item) => item.Status switch
    {
        null => null,
        EvidenceStatus.ToBeSupplied => item.Studies.Count == 0 ? "to be supplied (no study)" : $"{string.Join(", ", item.Studies)} (to be supplied)",
        { } status => $"{string.Join(", ", item.Studies)} ({status.ToJson()})",
    };

    private static string Criterion(AttributeAnalysis attribute) => attribute.Attribute.Criterion switch
    {
        QualityRangeCriterion range => $"quality range, k = {NumberText.Of(range.K)}",
        MinMaxCriterion => "min-max of the pre lots",
        ToleranceIntervalCriterion tolerance => string.Create(CultureInfo.InvariantCulture, $"{tolerance.Coverage * 100:0.##} %/{tolerance.Confidence * 100:0.##} % tolerance interval") + (attribute.Factor is { } k ? $", k = {k.ToString("0.000", CultureInfo.InvariantCulture)}" : ""),
        EquivalenceCriterion equivalence => string.Create(CultureInfo.InvariantCulture, $"TOST, {(1 - (2 * equivalence.Alpha)) * 100:0.##} % CI within ±") + Margin(attribute, equivalence),
        LimitsCriterion => "limits",
        _ => "conforms",
    } + (attribute.Attribute.Transform == ValueTransform.Log10 ? " (log10)" : "");

    private static string Margin(AttributeAnalysis attribute, EquivalenceCriterion equivalence) =>
        attribute.Equivalence is { } tost ? NumberText.Of(tost.Margin) + (equivalence.MarginSd is { } sd ? $" ({NumberText.Of(sd)} SD)" : "")
        : equivalence.Margin is { } margin ? NumberText.Of(margin)
        : $"{NumberText.Of(equivalence.MarginSd!.Value)} SD";

    private static string Result(AttributeAnalysis attribute) =>
        attribute.Equivalence is { } tost ? $"difference {NumberText.Of(tost.Difference)}, CI {NumberText.Interval(tost.Ci.Lower, tost.Ci.Upper)}"
        : attribute.Interval is { } interval ? NumberText.Interval(interval.Lower, interval.Upper)
        : attribute.Verdict == Verdict.InsufficientData ? $"{attribute.NPre} pre, {attribute.NPost} post lots"
        : "";
}

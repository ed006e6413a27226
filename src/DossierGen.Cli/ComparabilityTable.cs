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
                    AssessmentTable.Shown(AttributeText.Criterion(attribute)),
                    AssessmentTable.Shown(AttributeText.Result(attribute)),
                    AssessmentTable.Shown(string.Join(", ", attribute.Outside)),
                    attribute.Verdict.ToContract());
            }

            console.Write(table);
        }
    }

    /// <summary>How an analytical-comparability item stands against its studies, or null when the change file lists none.</summary>
    public static string? Standing(EvidenceItem item) => AttributeText.Standing(item);
}

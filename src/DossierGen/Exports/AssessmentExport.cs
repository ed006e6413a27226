using DossierGen.Assessment;
using DossierGen.Comparability;
using DossierGen.Inputs;

namespace DossierGen.Exports;

/// <summary>
/// The assessment as tables for the trackers teams plan in: the evidence plan, one row per market,
/// evidence item and change it is asked for (so each row has one change procedure and code), with
/// empty owner, due and status columns to fill in; and the decisions, one row per change and market.
/// </summary>
public static class AssessmentExport
{
    public static readonly IReadOnlyList<string> EvidenceColumns =
    [
        "Change control", "Market", "Stage", "Market procedure", "Change", "Change procedure", "Code",
        "Evidence", "What it must show", "For changes", "Supplied by", "Study verdict", "Unconfirmed",
        "Deciding rules", "Owner", "Due", "Status",
    ];

    public static readonly IReadOnlyList<string> DecisionColumns =
    [
        "Change control", "Market", "Stage", "Market procedure", "Change", "Change procedure", "Code",
        "Unclassified", "Unconfirmed", "Deciding rules",
    ];

    public static ExportTable EvidencePlan(ChangeAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var market in assessment.Markets)
        {
            foreach (var item in market.Evidence)
            {
                foreach (var changeId in item.Changes)
                {
                    var decision = market.Changes.FirstOrDefault(c => c.Change == changeId);
                    var studies = Studies(assessment, item, changeId);
                    rows.Add(
                    [
                        assessment.Description.Id, market.Market.ToString(), StageName(market.Stage), market.Procedure,
                        changeId, decision?.Procedure ?? "", Codes(decision),
                        item.Kind, string.Join("\n", item.Purposes), string.Join(", ", item.Changes),
                        SuppliedBy(item, changeId, studies), string.Join(", ", studies.Select(s => $"{s.Study.Id}: {s.Verdict.ToContract()}")),
                        YesNo(item.Verify || decision?.Verify == true),
                        string.Join(", ", (decision?.Rules.Select(r => r.Id) ?? []).Concat(item.Rules).Distinct(StringComparer.Ordinal)),
                        "", "", "",
                    ]);
                }
            }
        }

        return new ExportTable("Evidence plan", EvidenceColumns, rows);
    }

    public static ExportTable Decisions(ChangeAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var change in assessment.Description.Changes)
        {
            foreach (var market in assessment.Markets)
            {
                var decision = market.Changes.FirstOrDefault(c => c.Change == change.Id);
                if (decision is null)
                {
                    continue;
                }

                rows.Add(
                [
                    assessment.Description.Id, market.Market.ToString(), StageName(market.Stage), market.Procedure,
                    decision.Change, decision.Procedure, Codes(decision), YesNo(decision.Unclassified), YesNo(decision.Verify),
                    string.Join(", ", decision.AllRules.Select(r => r.Id).Distinct(StringComparer.Ordinal)),
                ]);
            }
        }

        return new ExportTable("Decisions", DecisionColumns, rows);
    }

    private static List<StudyAnalysis> Studies(ChangeAssessment assessment, EvidenceItem item, string changeId) =>
        assessment.Comparability.Where(s => item.Studies.Contains(s.Study.Id) && s.Study.Covers.Contains(changeId)).ToList();

    private static string SuppliedBy(EvidenceItem item, string changeId, List<StudyAnalysis> studies) =>
        item.SuppliedFor.TryGetValue(changeId, out var masterFile) ? $"master file {masterFile}"
        : item.SatisfiedBy is { } all ? $"master file {all}"
        : studies.Count > 0 ? $"study {string.Join(", ", studies.Select(s => s.Study.Id))}"
        : "dossier";

    private static string Codes(ChangeDecision? decision) => decision is null ? "" : string.Join(", ", decision.Codes.Select(c => c.Code));

    internal static string StageName(Stage stage) => stage == Stage.Marketed ? "marketed" : "clinical";

    internal static string YesNo(bool value) => value ? "yes" : "no";
}

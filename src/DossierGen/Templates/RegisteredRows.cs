using DossierGen.Assessment;
using DossierGen.Registration;
using DossierGen.Templates.Model;

namespace DossierGen.Templates;

/// <summary>The memo's "Registered details" rows: one per change that names a registered element.</summary>
internal static class RegisteredRows
{
    public static List<RegisteredRowModel> Build(ChangeAssessment assessment) =>
        [.. assessment.Description.Changes
            .Select(change => (Change: change, Decisions: assessment.Markets.Select(m => m.Changes.First(d => d.Change == change.Id)).ToList()))
            .Where(x => x.Decisions.Any(d => d.Registration is not null))
            .Select(x => new RegisteredRowModel
            {
                Change = x.Change.Id,
                Element = $"{x.Decisions.First(d => d.Registration is not null).Registration!.Element.Id}: {x.Decisions.First(d => d.Registration is not null).Registration!.Element.Name}",
                Proposed = x.Decisions.First(d => d.Registration is not null).Registration!.Proposed.Describe(),
                Cells = [.. x.Decisions.Select(Cell)],
            })];

    private static string Cell(ChangeDecision decision)
    {
        if (decision.Registration is not { } derived)
        {
            return "-";
        }

        var parts = new List<string> { derived.Registration.Value.Describe() };
        if (derived.Registration.ApprovalForm is { } form)
        {
            parts.Add(form switch { "partial-change-item" => "《》", "minor-change-item" => "『』", _ => "not in the approval form" });
        }
        else if (!derived.Registration.InDossier)
        {
            parts.Add("not in the dossier");
        }

        if (derived.Registration.EstablishedCondition)
        {
            parts.Add($"EC, PLCM category {derived.Registration.ReportingCategory ?? "not agreed"}");
        }

        parts.Add(derived.Direction);
        var outcome = decision.RegistrationTrace is { } trace
            ? decision.ProcedureBeforeEc is { } before ? $"{trace}: {before} → {decision.Procedure}" : $"{trace}: {decision.Procedure}"
            : decision.Procedure;
        return string.Join("; ", parts) + " → " + outcome;
    }
}

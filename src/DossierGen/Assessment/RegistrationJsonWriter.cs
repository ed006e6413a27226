using System.Text.Json;
using DossierGen.Registration;

namespace DossierGen.Assessment;

/// <summary>The additive <c>registered</c> object of a change in the assessment JSON: the element, the derived facts and what they decided.</summary>
internal static class RegistrationJsonWriter
{
    public static void Write(Utf8JsonWriter json, DerivedRegistration derived, ChangeDecision decision)
    {
        json.WriteStartObject("registered");
        json.WriteString("element", derived.Element.Id);
        json.WriteString("type", derived.Element.Type);
        json.WriteString("registeredValue", derived.Registration.Value.Describe());
        json.WriteString("proposedValue", derived.Proposed.Describe());
        json.WriteString("direction", derived.Direction);
        json.WriteBoolean("withinApprovedRange", derived.WithinRange);
        json.WriteBoolean("inMarketDossier", derived.Registration.InDossier);
        json.WriteString("approvalForm", derived.Registration.ApprovalForm);
        json.WriteBoolean("establishedCondition", derived.Registration.EstablishedCondition);
        json.WriteString("reportingCategory", derived.Registration.ReportingCategory);
        json.WriteString("trace", decision.RegistrationTrace);
        json.WriteString("procedureBeforeEc", decision.ProcedureBeforeEc);
        json.WriteEndObject();
    }
}

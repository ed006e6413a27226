using System.Text.Json;
using DossierGen.Formats;
using DossierGen.Inputs;

namespace DossierGen.Assessment;

/// <summary>
/// Writes an assessment as the contract's JSON (section 2): keys in the contract's order, arrays in
/// a stable order, LF line ends, UTF-8 without BOM. Fields DossierGen adds come after the
/// contract's own in each object.
/// </summary>
public static class AssessmentJsonWriter
{
    public const string Format = "dossiergen/assessment@1";

    public static string Write(ChangeAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("change", assessment.Description.Id);
            json.WriteString("asOf", assessment.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartArray("markets");
            foreach (var market in assessment.Markets)
            {
                WriteMarket(json, market);
            }

            json.WriteEndArray();
            if (assessment.Description.Studies.Count > 0)
            {
                ComparabilityJsonWriter.Write(json, assessment.Comparability);
            }

            json.WriteEndObject();
        });
    }

    private static void WriteMarket(Utf8JsonWriter json, MarketAssessment market)
    {
        json.WriteStartObject();
        json.WriteString("market", market.Market.ToString());
        json.WriteString("stage", market.Stage == Stage.Marketed ? "marketed" : "clinical");
        json.WriteString("procedure", market.Procedure);
        json.WriteStartArray("changes");
        foreach (var change in market.Changes)
        {
            json.WriteStartObject();
            json.WriteString("change", change.Change);
            json.WriteString("procedure", change.Procedure);
            json.WriteStrings("codes", change.Codes.Select(c => c.Code));
            json.WriteStrings("rules", change.Rules.Select(r => r.Id));
            json.WriteBoolean("verify", change.Verify);
            if (change.Registration is { } registration)
            {
                RegistrationJsonWriter.Write(json, registration, change);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("evidence");
        foreach (var item in market.Evidence)
        {
            json.WriteStartObject();
            json.WriteString("kind", item.Kind);
            json.WriteStrings("changes", item.Changes);
            json.WriteString("satisfiedBy", item.SatisfiedBy);

            json.WriteStrings("rules", item.Rules);
            json.WriteBoolean("verify", item.Verify);
            if (item.Status is { } status)
            {
                json.WriteStrings("studies", item.Studies);
                json.WriteString("status", status.ToJson());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("findings");
        foreach (var finding in market.Findings)
        {
            json.WriteStartObject();
            json.WriteString("severity", finding.Severity);
            json.WriteString("rule", finding.Rule);

            json.WriteString("message", finding.Message);
            if (finding.Changes.Count == 1)
            {
                json.WriteString("change", finding.Changes[0]);
            }
            else if (finding.Changes.Count > 1)
            {
                json.WriteStrings("changes", finding.Changes);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}

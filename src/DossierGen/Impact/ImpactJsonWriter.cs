using System.Globalization;
using DossierGen.Formats;
using DossierGen.Inputs;

namespace DossierGen.Impact;

/// <summary>The impact report as JSON (<c>dossiergen/impact@1</c>): programmes in path order, markets US, EU, JP.</summary>
public static class ImpactJsonWriter
{
    public static string Write(string masterFileId, MasterFileChange? change, IReadOnlyList<ProgrammeImpact> programmes)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("format", "dossiergen/impact@1");
            json.WriteString("masterFile", masterFileId);
            json.WriteString("masterFileChange", change?.Id);

            json.WriteStartArray("programmes");
            foreach (var programme in programmes)
            {
                json.WriteStartObject();
                json.WriteString("changeFile", programme.ChangeFile?.Replace('\\', '/'));
                json.WriteString("change", programme.Change);
                json.WriteString("product", programme.Product);
                if (programme.Customer is not null)
                {
                    // A registry row: who the customer is and where its rows are, after the keys every programme has.
                    json.WriteString("customer", programme.Customer);
                    json.WriteString("modality", programme.Modality);
                    json.WriteString("registryRow", programme.RegistryRow?.Replace('\\', '/'));
                }

                json.WriteString("asOf", programme.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteStartArray("markets");
                foreach (var market in programme.Markets)
                {
                    json.WriteStartObject();
                    json.WriteString("market", market.Market.ToString());
                    json.WriteString("stage", market.Stage == Stage.Marketed ? "marketed" : "clinical");
                    json.WriteBoolean("filed", market.Filed);
                    json.WriteBoolean("authorized", market.Authorized);
                    json.WriteStrings("supplies", market.Supplies);
                    json.WriteString("procedure", market.Procedure);

                    json.WriteStrings("codes", market.Codes);
                    json.WriteStrings("rules", market.Rules.Select(r => r.Id));
                    json.WriteStartArray("findings");
                    foreach (var finding in market.Findings)
                    {
                        json.WriteStartObject();
                        json.WriteString("severity", finding.Severity);
                        json.WriteString("rule", finding.Rule);
                        json.WriteString("message", finding.Message);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}

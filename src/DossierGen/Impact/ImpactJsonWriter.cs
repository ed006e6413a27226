using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DossierGen.Inputs;

namespace DossierGen.Impact;

/// <summary>The impact report as JSON (<c>dossiergen/impact@1</c>): programmes in path order, markets US, EU, JP.</summary>
public static class ImpactJsonWriter
{
    public static string Write(string masterFileId, MasterFileChange? change, IReadOnlyList<ProgrammeImpact> programmes)
    {
        ArgumentNullException.ThrowIfNull(programmes);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", "dossiergen/impact@1");
            json.WriteString("masterFile", masterFileId);
            if (change is null)
            {
                json.WriteNull("masterFileChange");
            }
            else
            {
                json.WriteString("masterFileChange", change.Id);
            }

            json.WriteStartArray("programmes");
            foreach (var programme in programmes)
            {
                json.WriteStartObject();
                json.WriteString("changeFile", programme.ChangeFile.Replace('\\', '/'));
                json.WriteString("change", programme.Programme.Id);
                json.WriteString("product", programme.Programme.Product.Name);
                json.WriteString("asOf", programme.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteStartArray("markets");
                foreach (var market in programme.Markets)
                {
                    json.WriteStartObject();
                    json.WriteString("market", market.Market.ToString());
                    json.WriteString("stage", market.Stage == Stage.Marketed ? "marketed" : "clinical");
                    json.WriteBoolean("filed", market.Filed);
                    json.WriteBoolean("authorized", market.Authorized);
                    Strings(json, "supplies", market.Supplies);
                    if (market.Procedure is null)
                    {
                        json.WriteNull("procedure");
                    }
                    else
                    {
                        json.WriteString("procedure", market.Procedure);
                    }

                    Strings(json, "codes", market.Codes);
                    Strings(json, "rules", market.Rules.Select(r => r.Id));
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
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

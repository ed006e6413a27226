using System.Text.Json;
using DossierGen.Comparability;
using DossierGen.Formats;
using DossierGen.Inputs.Comparability;

namespace DossierGen.Assessment;

/// <summary>
/// The assessment JSON's <c>comparability</c> block (contract 2.1): one object per study, attributes
/// in file order, keys in the contract's order with DossierGen's additions (<c>transform</c>,
/// <c>pairs</c>) after them. Numbers are written shortest-round-trip, so they read back exactly.
/// </summary>
internal static class ComparabilityJsonWriter
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<StudyAnalysis> studies)
    {
        json.WriteStartArray("comparability");
        foreach (var study in studies)
        {
            json.WriteStartObject();
            json.WriteString("id", study.Study.Id);
            json.WriteStrings("covers", study.Study.Covers);
            json.WriteString("design", study.Study.Design == StudyDesign.Paired ? "paired" : "independent");
            json.WriteString("verdict", study.Verdict.ToContract());
            json.WriteStartArray("attributes");
            foreach (var attribute in study.Attributes)
            {
                WriteAttribute(json, attribute);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAttribute(Utf8JsonWriter json, AttributeAnalysis analysis)
    {
        json.WriteStartObject();
        json.WriteString("name", analysis.Attribute.Name);
        json.WriteBoolean("cqa", analysis.Attribute.Cqa);
        json.WriteString("criterion", analysis.Attribute.Criterion.Kind);
        json.WriteNumber("nPre", analysis.NPre);
        json.WriteNumber("nPost", analysis.NPost);
        WritePair(json, "interval", analysis.Interval?.Lower, analysis.Interval?.Upper, analysis.Interval is not null);
        WriteNumberOrNull(json, "factor", analysis.Factor);
        var tost = analysis.Equivalence;
        WriteNumberOrNull(json, "difference", tost?.Difference);
        WritePair(json, "ci", tost?.Ci.Lower, tost?.Ci.Upper, tost is not null);
        WriteNumberOrNull(json, "margin", tost?.Margin);
        json.WriteStrings("outside", analysis.Outside);
        json.WriteString("verdict", analysis.Verdict.ToContract());
        json.WriteString("transform", analysis.Attribute.Transform == ValueTransform.Log10 ? "log10" : "none");
        WriteNumberOrNull(json, "pairs", analysis.Pairs);
        json.WriteEndObject();
    }

    private static void WritePair(Utf8JsonWriter json, string name, double? lower, double? upper, bool present)
    {
        if (!present)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartArray(name);
        WriteValueOrNull(json, lower);
        WriteValueOrNull(json, upper);
        json.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        WriteValueOrNull(json, value);
    }

    private static void WriteValueOrNull(Utf8JsonWriter json, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumberValue(number);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}

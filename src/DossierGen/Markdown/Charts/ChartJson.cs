using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DossierGen.Markdown.Charts;

/// <summary>
/// Writes a chart's data as the body of a <c>dossiergen-chart</c> block: JSON (which is YAML too),
/// one point a line so that a chart of 200 lots stays readable in the Markdown, numbers round-trip.
/// </summary>
public static class ChartJson
{
    // A writer rather than JsonSerializer: the serializer's reflection path is off in the NativeAOT
    // binary, and the writer escapes exactly as the serializer does with the same encoder.
    private static readonly JsonWriterOptions Strings = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(ChartData chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        // Sized for its points (a line of some 50 characters each), so the builder does not grow block by block.
        var json = new StringBuilder(256 + (64 * chart.Points.Count)).Append("{\n");
        json.Append("  \"title\": ").Append(Text(chart.Title)).Append(",\n");
        if (chart.Unit is { } unit)
        {
            json.Append("  \"unit\": ").Append(Text(unit)).Append(",\n");
        }

        if (chart.Figures is { } figures)
        {
            json.Append("  \"figures\": ").Append(figures.ToString(CultureInfo.InvariantCulture)).Append(",\n");
        }

        json.Append("  \"by\": ").Append(chart.ByPair ? "\"pair\"" : "\"lot\"").Append(",\n");
        if (chart.Lower is { } lower)
        {
            json.Append("  \"lower\": ").Append(Number(lower)).Append(",\n");
        }

        if (chart.Upper is { } upper)
        {
            json.Append("  \"upper\": ").Append(Number(upper)).Append(",\n");
        }

        json.Append("  \"points\": [\n");
        for (var i = 0; i < chart.Points.Count; i++)
        {
            var point = chart.Points[i];
            json.Append("    {\"lot\": ").Append(Text(point.Lot)).Append(", \"group\": ").Append(point.Post ? "\"post\"" : "\"pre\"");
            if (point.Pair is { } pair)
            {
                json.Append(", \"pair\": ").Append(Text(pair));
            }

            json.Append(", \"value\": ").Append(Number(point.Value)).Append(i + 1 < chart.Points.Count ? "},\n" : "}\n");
        }

        return json.Append("  ]\n}").ToString();
    }

    /// <summary>A JSON string. Lot ids and names are mostly plain printable ASCII, which needs no escaping and is quoted as it is; anything else goes through the writer.</summary>
    private static string Text(string text)
    {
        foreach (var c in text)
        {
            if (c is < ' ' or > '~' or '"' or '\\')
            {
                return Escaped(text);
            }
        }

        return string.Concat("\"", text, "\"");
    }

    private static string Escaped(string text)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Strings))
        {
            writer.WriteStringValue(text);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The shortest text that reads back as the same double, in a form JSON and YAML 1.2 both read as a number.</summary>
    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Security;
using System.Text;
using DossierGen.Markdown.Charts;

namespace DossierGen.Word.Charts;

/// <summary>
/// A chart as a DrawingML chart part (<c>word/charts/chartN.xml</c>): a line chart over the lots
/// (or donors) whose pre- and post-change series show markers only, circles and triangles, so it
/// reads in black and white; the acceptance limits are dashed lines across every category. The data
/// are cached in the part (no embedded workbook), which Word and LibreOffice both draw from. Written
/// as text with fixed ids, so the same chart gives the same bytes.
/// </summary>
public static class ChartPart
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    public const string RelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
    public const string Namespace = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private const string PreColour = "1F4E79";
    private const string PostColour = "C55A11";
    private const string LimitColour = "595959";

    public static string Xml(ChartData chart)
    {
        var xml = new StringBuilder();
        Write(xml, chart);
        return xml.ToString();
    }

    /// <summary>
    /// Appends the part to <paramref name="xml"/>. The packager writes each chart into a fresh builder
    /// and encodes it chunk by chunk into the zip: a chart of 200 lots is some 100 KB of text, which
    /// as one string would land on the large object heap, 40 times per section.
    /// </summary>
    public static void Write(StringBuilder xml, ChartData chart)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(chart);
        var categories = chart.Categories;
        var index = new Dictionary<string, int>(categories.Count, StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++)
        {
            index.Add(categories[i], i);
        }

        // Every series repeats the category labels: escaped once here rather than once per series.
        var labels = new string[categories.Count];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = Escaped(categories[i]);
        }

        var values = chart.Points.Select(p => p.Value).Concat(new[] { chart.Lower, chart.Upper }.OfType<double>()).ToList();
        var axis = AxisScale.Of(values);
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n");
        xml.Append("<c:chartSpace xmlns:c=\"").Append(Namespace).Append("\" xmlns:a=\"").Append(DrawingNamespace).Append("\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">");
        xml.Append("<c:date1904 val=\"0\"/><c:roundedCorners val=\"0\"/><c:chart><c:autoTitleDeleted val=\"1\"/><c:plotArea><c:layout/>");
        xml.Append("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"0\"/>");
        var series = 0;
        foreach (var post in new[] { false, true })
        {
            var points = new double?[categories.Count];
            foreach (var point in chart.Points)
            {
                if (point.Post == post)
                {
                    points[index[chart.Category(point)]] = point.Value;
                }
            }

            Series(xml, series++, post ? "Post-change lots" : "Pre-change lots", labels, points, Marker(post ? "triangle" : "circle", post ? PostColour : PreColour), line: null);
        }

        foreach (var (name, limit) in new[] { ("Lower acceptance limit", chart.Lower), ("Upper acceptance limit", chart.Upper) })
        {
            if (limit is { } value)
            {
                Series(xml, series++, name, labels, [.. categories.Select(_ => (double?)value)], "<c:marker><c:symbol val=\"none\"/></c:marker>",
                    $"<a:ln w=\"19050\" cap=\"rnd\"><a:solidFill><a:srgbClr val=\"{LimitColour}\"/></a:solidFill><a:prstDash val=\"dash\"/><a:round/></a:ln>");
            }
        }

        xml.Append("<c:marker val=\"1\"/><c:axId val=\"1001\"/><c:axId val=\"1002\"/></c:lineChart>");
        xml.Append("<c:catAx><c:axId val=\"1001\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/>");
        Title(xml, chart.ByPair ? "Donor" : "Lot", rotated: false);
        xml.Append("<c:numFmt formatCode=\"General\" sourceLinked=\"0\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/>");
        xml.Append("<c:txPr><a:bodyPr rot=\"-2700000\" vert=\"horz\"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"en-US\"/></a:p></c:txPr>");
        xml.Append("<c:crossAx val=\"1002\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"1\"/></c:catAx>");
        xml.Append("<c:valAx><c:axId val=\"1002\"/><c:scaling><c:orientation val=\"minMax\"/>");
        xml.Append("<c:max val=\"").Append(Number(axis.Maximum)).Append("\"/><c:min val=\"").Append(Number(axis.Minimum)).Append("\"/></c:scaling>");
        xml.Append("<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines><c:spPr><a:ln w=\"3175\"><a:solidFill><a:srgbClr val=\"D9D9D9\"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>");
        Title(xml, chart.Unit is { } unit ? $"{chart.Title} ({unit})" : chart.Title, rotated: true);
        xml.Append("<c:numFmt formatCode=\"").Append(Math.Max(Math.Abs(axis.Maximum), Math.Abs(axis.Minimum)) >= 1e5 ? "0.00E+00" : "General").Append("\" sourceLinked=\"0\"/>");
        xml.Append("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>");
        xml.Append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"en-US\"/></a:p></c:txPr>");
        xml.Append("<c:crossAx val=\"1001\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/><c:majorUnit val=\"").Append(Number(axis.Step)).Append("\"/></c:valAx>");
        xml.Append("</c:plotArea><c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/>");
        xml.Append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"en-US\"/></a:p></c:txPr></c:legend>");
        xml.Append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>");
        xml.Append("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:chartSpace>");
    }

    private static string Marker(string symbol, string colour) =>
        $"<c:marker><c:symbol val=\"{symbol}\"/><c:size val=\"7\"/><c:spPr><a:solidFill><a:srgbClr val=\"{colour}\"/></a:solidFill><a:ln w=\"9525\"><a:solidFill><a:srgbClr val=\"{colour}\"/></a:solidFill></a:ln></c:spPr></c:marker>";

    /// <param name="line">The series' line, or null for markers only.</param>
    /// <param name="labels">The category labels, escaped.</param>
    private static void Series(StringBuilder xml, int index, string name, string[] labels, double?[] values, string marker, string? line)
    {
        var i = index.ToString(CultureInfo.InvariantCulture);
        xml.Append("<c:ser><c:idx val=\"").Append(i).Append("\"/><c:order val=\"").Append(i).Append("\"/>");
        xml.Append("<c:tx><c:v>").Append(Escaped(name)).Append("</c:v></c:tx>");
        xml.Append("<c:spPr>").Append(line ?? "<a:ln w=\"19050\"><a:noFill/></a:ln>").Append("</c:spPr>").Append(marker);
        xml.Append("<c:cat><c:strLit><c:ptCount val=\"").Append(labels.Length.ToString(CultureInfo.InvariantCulture)).Append("\"/>");
        for (var c = 0; c < labels.Length; c++)
        {
            xml.Append("<c:pt idx=\"").Append(c.ToString(CultureInfo.InvariantCulture)).Append("\"><c:v>").Append(labels[c]).Append("</c:v></c:pt>");
        }

        xml.Append("</c:strLit></c:cat><c:val><c:numLit><c:formatCode>General</c:formatCode><c:ptCount val=\"").Append(values.Length.ToString(CultureInfo.InvariantCulture)).Append("\"/>");
        for (var c = 0; c < values.Length; c++)
        {
            if (values[c] is { } value)
            {
                xml.Append("<c:pt idx=\"").Append(c.ToString(CultureInfo.InvariantCulture)).Append("\"><c:v>").Append(Number(value)).Append("</c:v></c:pt>");
            }
        }

        xml.Append("</c:numLit></c:val><c:smooth val=\"0\"/></c:ser>");
    }

    private static void Title(StringBuilder xml, string text, bool rotated)
    {
        xml.Append("<c:title><c:tx><c:rich><a:bodyPr").Append(rotated ? " rot=\"-5400000\" vert=\"horz\"" : "").Append("/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\" b=\"0\"/></a:pPr><a:r><a:rPr lang=\"en-US\" sz=\"900\" b=\"0\"/><a:t>")
            .Append(Escaped(text)).Append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>");
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Escaped(string text) => SecurityElement.Escape(DossierGen.Word.Xml.XmlChars.Clean(text));
}

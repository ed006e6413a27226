using DocumentFormat.OpenXml.Packaging;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace DossierGen.Word.Charts;

/// <summary>
/// What the schema validator does not see in a document's charts and Word or LibreOffice would show
/// wrongly or refuse: a chart reference without its chart part, a chart part nothing shows, a chart
/// without series, a series whose values and categories differ in count or hold a point beyond its
/// count, a point that is not a finite number, and two drawings with one id.
/// </summary>
internal static class ChartChecks
{
    public static IEnumerable<string> Problems(MainDocumentPart main)
    {
        var body = main.Document?.Body;
        if (body is null)
        {
            yield break;
        }

        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var reference in body.Descendants<C.ChartReference>())
        {
            var id = reference.Id?.Value ?? "";
            referenced.Add(id);
            if (!main.Parts.Any(p => p.RelationshipId == id && p.OpenXmlPart is DocumentFormat.OpenXml.Packaging.ChartPart))
            {
                yield return $"chart reference {id} has no chart part";
            }
        }

        foreach (var pair in main.Parts.Where(p => p.OpenXmlPart is DocumentFormat.OpenXml.Packaging.ChartPart))
        {
            var part = (DocumentFormat.OpenXml.Packaging.ChartPart)pair.OpenXmlPart;
            if (!referenced.Contains(pair.RelationshipId))
            {
                yield return $"chart part {part.Uri} is shown nowhere";
            }

            var series = part.ChartSpace?.Descendants<C.LineChartSeries>().ToList() ?? [];
            if (series.Count == 0)
            {
                yield return $"chart part {part.Uri} has no series";
            }

            foreach (var problem in series.SelectMany(s => SeriesProblems(part, s)))
            {
                yield return problem;
            }
        }

        foreach (var id in body.Descendants<Wp.DocProperties>().GroupBy(d => d.Id?.Value).Where(g => g.Count() > 1))
        {
            yield return $"drawing id {id.Key} is used {id.Count()} times";
        }
    }

    private static IEnumerable<string> SeriesProblems(DocumentFormat.OpenXml.Packaging.ChartPart part, C.LineChartSeries series)
    {
        var name = series.SeriesText?.InnerText ?? "(unnamed)";
        var categories = series.GetFirstChild<C.CategoryAxisData>()?.StringLiteral;
        var values = series.GetFirstChild<C.Values>()?.NumberLiteral;
        if (categories is null || values is null)
        {
            yield return $"series '{name}' of {part.Uri} lacks its categories or values";
            yield break;
        }

        var count = categories.PointCount?.Val?.Value;
        if (values.PointCount?.Val?.Value != count)
        {
            yield return $"series '{name}' of {part.Uri} has {values.PointCount?.Val?.Value} values for {count} categories";
        }

        foreach (var point in values.Elements<C.NumericPoint>().Concat<DocumentFormat.OpenXml.OpenXmlElement>(categories.Elements<C.StringPoint>()))
        {
            var index = point is C.NumericPoint n ? n.Index?.Value : ((C.StringPoint)point).Index?.Value;
            if (index >= count)
            {
                yield return $"series '{name}' of {part.Uri} has a point at {index}, beyond its {count} categories";
            }
        }

        foreach (var point in values.Elements<C.NumericPoint>().Where(p => !double.TryParse(p.NumericValue?.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v)))
        {
            yield return $"series '{name}' of {part.Uri} has a value '{point.NumericValue?.Text}' that is not a finite number";
        }
    }
}

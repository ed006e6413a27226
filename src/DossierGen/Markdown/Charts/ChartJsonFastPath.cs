using System.Text.Json;

namespace DossierGen.Markdown.Charts;

/// <summary>
/// Reads a chart body that is exactly what <see cref="ChartJson"/> writes, with System.Text.Json:
/// a dossier of 120 charts of 200 lots reads them in milliseconds instead of the YAML reader's
/// seconds. Anything else (YAML, an unknown key, a wrong type, a value out of range) returns null,
/// and <see cref="ChartBlockReader"/> reads it the located way, so faults are found and placed once.
/// </summary>
internal static class ChartJsonFastPath
{
    public static ChartData? TryRead(string body)
    {
        if (body.Length == 0 || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return Chart(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ChartData? Chart(JsonElement root)
    {
        string? title = null, unit = null;
        int? figures = null;
        var byPair = false;
        double? lower = null, upper = null;
        List<ChartPoint>? points = null;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "title" when property.Value.ValueKind == JsonValueKind.String:
                    title = property.Value.GetString();
                    break;
                case "unit" when property.Value.ValueKind == JsonValueKind.String:
                    unit = property.Value.GetString();
                    break;
                case "figures" when property.Value.TryGetInt32(out var f) && f is >= 1 and <= 15:
                    figures = f;
                    break;
                case "by" when property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is "lot" or "pair":
                    byPair = property.Value.GetString() == "pair";
                    break;
                case "lower" when property.Value.ValueKind == JsonValueKind.Number:
                    lower = property.Value.GetDouble();
                    break;
                case "upper" when property.Value.ValueKind == JsonValueKind.Number:
                    upper = property.Value.GetDouble();
                    break;
                case "points" when property.Value.ValueKind == JsonValueKind.Array:
                    points = [];
                    foreach (var item in property.Value.EnumerateArray())
                    {
                        if (Point(item) is not { } point)
                        {
                            return null;
                        }

                        points.Add(point);
                    }

                    break;
                default:
                    return null;
            }
        }

        var valid = !string.IsNullOrEmpty(title) && unit is not "" && points is { Count: > 0 } && !(lower > upper)
            && (!byPair || points.TrueForAll(p => p.Pair is not null))
            && new[] { lower, upper }.All(v => v is null || double.IsFinite(v.Value)) && points.TrueForAll(p => double.IsFinite(p.Value));
        return valid ? new ChartData(title!, unit, figures, byPair, points!, lower, upper) : null;
    }

    private static ChartPoint? Point(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? lot = null, group = null, pair = null;
        double? value = null;
        foreach (var property in item.EnumerateObject())
        {
            switch (property.Name)
            {
                case "lot" when property.Value.ValueKind == JsonValueKind.String:
                    lot = property.Value.GetString();
                    break;
                case "group" when property.Value.ValueKind == JsonValueKind.String:
                    group = property.Value.GetString();
                    break;
                case "pair" when property.Value.ValueKind == JsonValueKind.String:
                    pair = property.Value.GetString();
                    break;
                case "value" when property.Value.ValueKind == JsonValueKind.Number:
                    value = property.Value.GetDouble();
                    break;
                default:
                    return null;
            }
        }

        return string.IsNullOrEmpty(lot) || group is not ("pre" or "post") || value is null || pair is "" ? null : new ChartPoint(lot, group == "post", pair, value.Value);
    }
}

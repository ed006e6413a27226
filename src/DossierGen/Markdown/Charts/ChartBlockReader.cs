using DossierGen.Diagnostics;
using DossierGen.Yaml;

namespace DossierGen.Markdown.Charts;

/// <summary>
/// Reads the body of a <c>dossiergen-chart</c> block (JSON or YAML) strictly: the first fault is a
/// <see cref="ChartProblem"/> with a DG code (DG1318 not a mapping or not YAML/JSON at all, DG1319
/// a key unknown, missing or of the wrong type, DG1320 a value out of range) at its place in the body.
/// </summary>
public static class ChartBlockReader
{
    private static readonly string[] Keys = ["title", "unit", "figures", "by", "lower", "upper", "points"];
    private static readonly string[] PointKeys = ["lot", "group", "pair", "value"];

    public static (ChartData? Chart, ChartProblem? Problem) Read(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var diagnostics = new DiagnosticBag();
        var root = YamlTreeReader.Read("chart", body, diagnostics);
        if (root is null)
        {
            var sorted = diagnostics.Sorted();
            var first = sorted.Count > 0 ? sorted[0] : null;
            return (null, new ChartProblem(DiagnosticCodes.ChartBlockMalformed, first?.Location.Line ?? 1, first?.Location.Column ?? 1, "the chart block is not JSON or YAML: " + (first?.Message ?? "it is empty")));
        }

        if (root is not YamlMapping mapping)
        {
            return Fail(DiagnosticCodes.ChartBlockMalformed, root, $"the chart block must be a mapping of title, points and limits, not {root.Describe()}");
        }

        try
        {
            return (Chart(mapping), null);
        }
        catch (ChartFault fault)
        {
            return (null, fault.Problem);
        }
    }

    private static ChartData Chart(YamlMapping mapping)
    {
        Known(mapping, Keys, "chart block");
        var byPair = Choice(mapping, "by", "lot", "lot", "pair") == "pair";
        var pointsNode = mapping.Get("points") ?? throw Fault(DiagnosticCodes.ChartBlockKey, mapping, "the chart block lacks 'points'");
        if (pointsNode is not YamlSequence { Items.Count: > 0 } list)
        {
            throw Fault(DiagnosticCodes.ChartBlockKey, pointsNode, $"'points' must be a list of at least one point, not {pointsNode.Describe()}");
        }

        var points = list.Items.Select(item => Point(item, byPair)).ToList();
        var lower = Number(mapping, "lower", required: false);
        var upper = Number(mapping, "upper", required: false);
        if (lower > upper)
        {
            throw Fault(DiagnosticCodes.ChartBlockValue, mapping.Get("lower")!, $"the lower limit {lower} is above the upper limit {upper}");
        }

        var figuresNode = mapping.Get("figures");
        var figures = Number(mapping, "figures", required: false);
        if (figures is { } f && (f != Math.Floor(f) || f is < 1 or > 15))
        {
            throw Fault(DiagnosticCodes.ChartBlockValue, figuresNode!, $"'figures' must be a whole number from 1 to 15, not {f}");
        }

        return new ChartData(Text(mapping, "title", required: true)!, Text(mapping, "unit", required: false), (int?)figures, byPair, points, lower, upper);
    }

    private static ChartPoint Point(YamlNode node, bool byPair)
    {
        if (node is not YamlMapping point)
        {
            throw Fault(DiagnosticCodes.ChartBlockKey, node, $"a point must be a mapping of lot, group and value, not {node.Describe()}");
        }

        Known(point, PointKeys, "point");
        var pair = Text(point, "pair", required: byPair);
        return new ChartPoint(Text(point, "lot", required: true)!, Choice(point, "group", null, "pre", "post") == "post", pair, Number(point, "value", required: true)!.Value);
    }

    private static void Known(YamlMapping mapping, string[] keys, string what)
    {
        foreach (var entry in mapping.Entries.Where(e => !keys.Contains(e.Key.Value, StringComparer.Ordinal)))
        {
            throw Fault(DiagnosticCodes.ChartBlockKey, entry.Key, $"unknown key '{entry.Key.Value}' in a {what} (known: {string.Join(", ", keys)})");
        }
    }

    private static string? Text(YamlMapping mapping, string key, bool required)
    {
        var node = mapping.Get(key);
        if (node is null)
        {
            return required ? throw Fault(DiagnosticCodes.ChartBlockKey, mapping, $"'{key}' is missing") : null;
        }

        return node is YamlScalar { Kind: not YamlScalarKind.Null } scalar && scalar.Value.Length > 0
            ? scalar.Value
            : throw Fault(DiagnosticCodes.ChartBlockKey, node, $"'{key}' must be text, not {node.Describe()}");
    }

    private static string Choice(YamlMapping mapping, string key, string? @default, params string[] allowed)
    {
        var text = Text(mapping, key, required: @default is null) ?? @default!;
        return allowed.Contains(text, StringComparer.Ordinal)
            ? text
            : throw Fault(DiagnosticCodes.ChartBlockValue, mapping.Get(key)!, $"'{key}' must be {string.Join(" or ", allowed)}, not '{text}'");
    }

    private static double? Number(YamlMapping mapping, string key, bool required)
    {
        var node = mapping.Get(key);
        if (node is null || node is YamlScalar { Kind: YamlScalarKind.Null })
        {
            return required ? throw Fault(DiagnosticCodes.ChartBlockKey, node ?? mapping, $"'{key}' is missing") : null;
        }

        var value = node is YamlScalar scalar ? YamlNumber.Of(scalar) : null;
        return value switch
        {
            null => throw Fault(DiagnosticCodes.ChartBlockKey, node, $"'{key}' must be a number, not {node.Describe()}"),
            { } v when !double.IsFinite(v) => throw Fault(DiagnosticCodes.ChartBlockValue, node, $"'{key}' must be a finite number, not {node.Describe()}"),
            _ => value,
        };
    }

    private static (ChartData?, ChartProblem?) Fail(string code, YamlNode node, string message) => (null, Fault(code, node, message).Problem);

    private static ChartFault Fault(string code, YamlNode node, string message) => new(new ChartProblem(code, node.Location.Line, node.Location.Column, message));

    /// <summary>Carries the first fault out of the nested reads; never leaves this class.</summary>
    private sealed class ChartFault(ChartProblem problem) : Exception(problem.Message)
    {
        public ChartProblem Problem { get; } = problem;
    }
}

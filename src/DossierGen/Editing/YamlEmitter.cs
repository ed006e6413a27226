using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DossierGen.Yaml;

namespace DossierGen.Editing;

/// <summary>
/// Writes form values (JSON) as YAML in the style of the examples: block mappings indented by two,
/// short lists of words in flow style (<c>[US, EU]</c>), plain scalars where YAML reads them back
/// as the same text, double quotes otherwise, and a literal block for text of several lines. Line
/// breaks are "\n"; the round trip turns them into the file's own.
/// </summary>
public static class YamlEmitter
{
    private const int FlowWidth = 72;

    /// <summary>A whole file: the top-level mapping at column 0, with a final line break.</summary>
    public static string Document(JsonObject values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0 ? "{}\n" : BlockMapping(values, 0) + "\n";
    }

    /// <summary>
    /// The value written after <c>key:</c> at <paramref name="indent"/>: " value" on the same line,
    /// or a line break and the block lines of a nested mapping or list.
    /// </summary>
    public static string AfterKey(JsonNode? value, int indent) => value switch
    {
        JsonObject { Count: > 0 } map => "\n" + BlockMapping(map, indent + 2),
        JsonArray list when Flow(list) is null => "\n" + BlockSequence(list, indent + 2),
        _ => " " + Inline(value, indent + 2),
    };

    /// <summary>One list item at <paramref name="dashIndent"/>: "- " and the item, a mapping's first key on the dash's line.</summary>
    public static string Item(JsonNode? value, int dashIndent)
    {
        var dash = new string(' ', dashIndent) + "- ";
        return value switch
        {
            JsonObject { Count: > 0 } map => dash + BlockMapping(map, dashIndent + 2)[(dashIndent + 2)..],
            JsonArray list when Flow(list) is null => dash.TrimEnd() + "\n" + BlockSequence(list, dashIndent + 2),
            _ => dash + Inline(value, dashIndent + 2),
        };
    }

    /// <summary>A value that fits on the line where it starts (a scalar, a flow list, an empty collection); a literal block takes the lines after it.</summary>
    public static string Inline(JsonNode? value, int contentIndent) => value switch
    {
        null => "null",
        JsonObject map => map.Count == 0 ? "{}" : FlowMapping(map),
        JsonArray list => Flow(list) ?? "[" + string.Join(", ", list.Select(i => Inline(i, contentIndent))) + "]",
        JsonValue scalar => Scalar(scalar, contentIndent),
        _ => throw new InvalidOperationException("unknown JSON node"),
    };

    /// <summary>A mapping in flow style, kept for mappings a file wrote that way (<c>US: { stage: marketed }</c>).</summary>
    public static string FlowMapping(JsonObject map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return "{ " + string.Join(", ", map.Select(p => Key(p.Key) + ": " + Inline(p.Value, 0))) + " }";
    }

    public static string Key(string key) => IsPlainSafe(key) ? key : Quoted(key);

    private static string BlockMapping(JsonObject map, int indent)
    {
        var lines = new StringBuilder();
        foreach (var (key, value) in map)
        {
            if (lines.Length > 0)
            {
                lines.Append('\n');
            }

            lines.Append(' ', indent).Append(Key(key)).Append(':').Append(AfterKey(value, indent));
        }

        return lines.ToString();
    }

    private static string BlockSequence(JsonArray list, int dashIndent) =>
        string.Join("\n", list.Select(i => Item(i, dashIndent)));

    /// <summary>A list of short words in flow style, or null when it reads better as a block.</summary>
    private static string? Flow(JsonArray list)
    {
        if (list.Count == 0)
        {
            return "[]";
        }

        if (!list.All(i => i is JsonValue))
        {
            return null;
        }

        var items = list.Select(i => Scalar((JsonValue)i!, 0)).ToList();
        var flow = "[" + string.Join(", ", items) + "]";
        return flow.Length <= FlowWidth && !flow.Contains('\n', StringComparison.Ordinal) ? flow : null;
    }

    private static string Scalar(JsonValue value, int contentIndent)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Null:
                return "null";
            case JsonValueKind.Number:
                return Number(value);
            default:
                var text = value.GetValue<string>();
                if (text.Contains('\n', StringComparison.Ordinal) && Literal(text, contentIndent) is { } literal)
                {
                    return literal;
                }

                return IsPlainSafe(text) ? text : Quoted(text);
        }
    }

    /// <summary>
    /// A number as YAML 1.2 reads it back: JSON's own digits, except that a very large or small one
    /// is written with an exponent as titres are (1.3e13, not 13000000000000, which JSON.stringify gives).
    /// </summary>
    private static string Number(JsonValue value)
    {
        var raw = value.ToJsonString();
        var number = double.Parse(raw.Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture);
        var magnitude = Math.Abs(number);
        if (magnitude != 0 && (magnitude >= 1e7 || magnitude < 1e-4))
        {
            var exponent = number.ToString("0.################e0", CultureInfo.InvariantCulture);
            if (double.Parse(exponent, NumberStyles.Float, CultureInfo.InvariantCulture).Equals(number))
            {
                return exponent;
            }
        }

        return raw.Length > 0 && (char.IsAsciiDigit(raw[0]) || raw[0] == '-') && !raw.Contains('E', StringComparison.Ordinal)
            ? raw
            : number.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e", StringComparison.Ordinal).Replace("E-", "e-", StringComparison.Ordinal);
    }

    /// <summary>Text of several lines as a literal block (| keeps a final line break, |- has none), or null when a line would need an indentation indicator.</summary>
    private static string? Literal(string text, int contentIndent)
    {
        var body = text.EndsWith('\n') ? text[..^1] : text;
        if (body.Length == 0 || body[0] == ' ' || body.EndsWith('\n') || body.Contains('\r', StringComparison.Ordinal) || body.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        var pad = new string(' ', contentIndent);
        var lines = body.Split('\n').Select(l => l.Length == 0 ? "" : pad + l);
        return (text.EndsWith('\n') ? "|" : "|-") + "\n" + string.Join("\n", lines);
    }

    /// <summary>True when YAML reads the text back, unquoted, as the same text in block and flow context alike.</summary>
    public static bool IsPlainSafe(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || text != text.Trim() || new YamlScalar(text, isPlain: true, default).Kind != YamlScalarKind.Text)
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal) && !(text[0] is '-' or '?' or ':' && text.Length > 1 && text[1] != ' '))
        {
            return false;
        }

        return !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal) && !text.EndsWith(':')
            && text.IndexOfAny([',', '[', ']', '{', '}', '\n', '\r', '\t']) < 0 && text.All(c => !char.IsControl(c));
    }

    public static string Quoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}

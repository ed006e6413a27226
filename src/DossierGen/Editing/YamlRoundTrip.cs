using System.Text.Json;
using System.Text.Json.Nodes;
using DossierGen.Yaml;

namespace DossierGen.Editing;

/// <summary>
/// Writes edited values back into the text of an existing YAML file, changing only what changed:
/// an edited scalar is replaced where it stands, a removed key or list item loses its lines, a new
/// key is added after the key before it in the edited values, a new item after the last one. Every
/// other character (comments, blank lines, quoting, key order, flow or block style) stays; unchanged
/// values give back the very same text.
/// </summary>
public static class YamlRoundTrip
{
    /// <summary>The edited text, or null when <paramref name="original"/> is not YAML with a mapping at its top.</summary>
    public static string? Apply(string original, JsonObject edited)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(edited);
        if (original.Trim().Length == 0)
        {
            return YamlEmitter.Document(edited);
        }

        var root = SourceTreeReader.Read(original);
        if (root is not { Kind: SourceNodeKind.Mapping, IsFlow: false })
        {
            return null;
        }

        var edits = new TextEdits(original);
        new Merger(original, edits).Mapping(root, edited);
        if (edits.Count == 0)
        {
            return original;
        }

        var newLine = original.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        return edits.Apply(newLine);
    }

    private sealed class Merger(string text, TextEdits edits)
    {
        /// <summary>A value after its key; <paramref name="keyColumn"/> is where the key starts.</summary>
        private void Value(SourceEntry entry, JsonNode? wanted, int keyColumn)
        {
            var node = entry.Value;
            if (MergedInPlace(node, wanted))
            {
                return;
            }

            switch (node.Kind, wanted)
            {
                case (SourceNodeKind.Scalar, JsonValue or null) when Same(node, wanted):
                    return;
                case (SourceNodeKind.Mapping, JsonObject map) when node.IsFlow && Scalars(map) && !Equal(node, map):
                    edits.Replace(node.Start, node.End, FlowMapping(node, map));
                    return;
                case (SourceNodeKind.Sequence, JsonArray list) when node.IsFlow && list.All(i => i is JsonValue) && !Equal(node, list):
                    edits.Replace(node.Start, node.End, FlowSequence(node, list));
                    return;
                default:
                    if (!Equal(node, wanted))
                    {
                        // A value on the key's line is replaced in place; anything else takes the lines after the key.
                        var after = YamlEmitter.AfterKey(wanted, keyColumn);
                        if (after.StartsWith(' ') && (node.IsFlow || node.Kind is SourceNodeKind.Scalar or SourceNodeKind.Alias) && node.Start != entry.ColonEnd)
                        {
                            edits.Replace(node.Start, node.End, after[1..]);
                        }
                        else
                        {
                            edits.Replace(entry.ColonEnd, node.End, after);
                        }
                    }

                    return;
            }
        }

        public void Mapping(SourceNode mapping, JsonObject wanted)
        {
            var keyColumn = ColumnOf(mapping.Entries[0].Key.Start);
            var kept = mapping.Entries.Where(e => wanted.ContainsKey(e.Key.Value!)).ToList();
            for (var i = 0; i < mapping.Entries.Count; i++)
            {
                var entry = mapping.Entries[i];
                if (wanted.TryGetPropertyValue(entry.Key.Value!, out var value))
                {
                    Value(entry, value, keyColumn);
                }
                else
                {
                    Remove(entry, i + 1 < mapping.Entries.Count ? mapping.Entries[i + 1] : null);
                }
            }

            SourceEntry? anchor = null;
            var pad = new string(' ', keyColumn);
            foreach (var (key, value) in wanted)
            {
                if (kept.Find(e => e.Key.Value == key) is { } existing)
                {
                    anchor = existing;
                    continue;
                }

                var line = pad + YamlEmitter.Key(key) + ":" + YamlEmitter.AfterKey(value, keyColumn);
                if (anchor is null && kept.Count > 0 && AtLineStart(kept[0].Key.Start))
                {
                    edits.Insert(LineStart(kept[0].Key.Start), line + "\n");
                }
                else
                {
                    var after = anchor ?? kept.LastOrDefault() ?? mapping.Entries[^1];
                    InsertLineAfter(End(after), line);
                }
            }
        }

        private void Sequence(SourceNode sequence, JsonArray wanted)
        {
            var dashColumn = ColumnOf(DashBefore(sequence.Items[0].Start));
            var common = Math.Min(sequence.Items.Count, wanted.Count);
            for (var i = 0; i < common; i++)
            {
                Item(sequence.Items[i], wanted[i], dashColumn);
            }

            if (wanted.Count > sequence.Items.Count)
            {
                for (var i = sequence.Items.Count; i < wanted.Count; i++)
                {
                    InsertLineAfter(sequence.Items[^1].End, YamlEmitter.Item(wanted[i], dashColumn));
                }
            }
            else if (wanted.Count < sequence.Items.Count)
            {
                edits.Replace(LineStart(sequence.Items[common].Start), LineEndAfter(sequence.Items[^1].End), "");
            }
        }

        private void Item(SourceNode node, JsonNode? wanted, int dashColumn)
        {
            if (!MergedInPlace(node, wanted) && !Equal(node, wanted))
            {
                // Rewritten whole: from its dash, so a mapping's first key lands on the dash's line.
                edits.Replace(DashBefore(node.Start), node.End, YamlEmitter.Item(wanted, dashColumn)[dashColumn..]);
            }
        }

        /// <summary>Merges a block mapping or list key by key, item by item; false when the value must be rewritten whole.</summary>
        private bool MergedInPlace(SourceNode node, JsonNode? wanted)
        {
            switch (node.Kind, wanted)
            {
                case (SourceNodeKind.Mapping, JsonObject { Count: > 0 } map) when !node.IsFlow && node.Entries.Count > 0:
                    Mapping(node, map);
                    return true;
                case (SourceNodeKind.Sequence, JsonArray { Count: > 0 } list) when !node.IsFlow && node.Items.Count > 0:
                    Sequence(node, list);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Removes a key with its value: its whole lines, or up to the next key when it shares its line with a list dash.</summary>
        private void Remove(SourceEntry entry, SourceEntry? next)
        {
            if (AtLineStart(entry.Key.Start))
            {
                edits.Replace(LineStart(entry.Key.Start), LineEndAfter(End(entry)), "");
            }
            else if (next is not null)
            {
                edits.Replace(entry.Key.Start, next.Key.Start, "");
            }
            else
            {
                edits.Replace(entry.Key.Start, End(entry), "{}");
            }
        }

        /// <summary>A flow mapping written again with the new values; entries that kept their value keep their text (1.28e13 stays 1.28e13), and the braces keep their spacing.</summary>
        private string FlowMapping(SourceNode node, JsonObject map)
        {
            if (map.Count == 0)
            {
                return "{}";
            }

            var spaced = node.Start + 1 < text.Length && text[node.Start + 1] == ' ';
            var entries = map.Select(p => node.Entries.Find(e => e.Key.Value == p.Key) is { } kept && Equal(kept.Value, p.Value)
                ? text[kept.Key.Start..kept.Value.End]
                : YamlEmitter.Key(p.Key) + ": " + YamlEmitter.Inline(p.Value, 0));
            return spaced ? "{ " + string.Join(", ", entries) + " }" : "{" + string.Join(", ", entries) + "}";
        }

        /// <summary>A flow list written again; items at the same place with the same value keep their text.</summary>
        private string FlowSequence(SourceNode node, JsonArray list)
        {
            var spaced = node.Start + 1 < text.Length && text[node.Start + 1] == ' ';
            var items = list.Select((item, i) => i < node.Items.Count && Equal(node.Items[i], item)
                ? text[node.Items[i].Start..node.Items[i].End]
                : YamlEmitter.Inline(item, 0));
            return list.Count == 0 ? "[]" : spaced ? "[ " + string.Join(", ", items) + " ]" : "[" + string.Join(", ", items) + "]";
        }

        private static int End(SourceEntry entry) => Math.Max(entry.Value.End, entry.ColonEnd);

        private void InsertLineAfter(int end, string line)
        {
            var at = LineEndAfter(end);
            edits.Insert(at, at == text.Length && (text.Length == 0 || text[^1] != '\n') ? "\n" + line : line + "\n");
        }

        /// <summary>The index after the line break that ends the line holding the character before <paramref name="end"/> (its trailing comment included).</summary>
        private int LineEndAfter(int end)
        {
            var last = Math.Max(0, end - 1);
            var newLine = text.IndexOf('\n', last);
            return newLine < 0 ? text.Length : newLine + 1;
        }

        private int LineStart(int index) => index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

        private int ColumnOf(int index) => index - LineStart(index);

        private bool AtLineStart(int index) => text.AsSpan(LineStart(index), index - LineStart(index)).IsWhiteSpace();

        /// <summary>The '-' that introduces a block list item starting at <paramref name="itemStart"/>.</summary>
        private int DashBefore(int itemStart)
        {
            var i = itemStart - 1;
            while (i >= 0 && text[i] != '-')
            {
                i--;
            }

            return Math.Max(0, i);
        }
    }

    /// <summary>A JSON number as a double, whether it was parsed from text or made from a .NET number.</summary>
    private static double AsDouble(JsonValue value) =>
        value.TryGetValue<double>(out var d) ? d
        : value.TryGetValue<long>(out var l) ? l
        : value.TryGetValue<int>(out var i) ? i
        : double.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    private static bool Scalars(JsonObject map) => map.All(p => p.Value is JsonValue or null);

    /// <summary>Whether the node already holds the wanted value, so the text stays as it is.</summary>
    private static bool Equal(SourceNode node, JsonNode? wanted) => (node.Kind, wanted) switch
    {
        // An alias stays while it stands for the wanted value (as its anchor was written).
        (SourceNodeKind.Alias, _) => node.Target is { } target && Equal(target, wanted),
        (SourceNodeKind.Scalar, JsonValue or null) => Same(node, wanted),
        (SourceNodeKind.Mapping, JsonObject map) => node.Entries.Count == map.Count
            && node.Entries.All(e => map.TryGetPropertyValue(e.Key.Value!, out var v) && Equal(e.Value, v)),
        (SourceNodeKind.Sequence, JsonArray list) => node.Items.Count == list.Count
            && node.Items.Select((item, i) => Equal(item, list[i])).All(same => same),
        _ => false,
    };

    private static bool Same(SourceNode scalar, JsonNode? wanted)
    {
        var kind = scalar.ScalarKind;
        if (wanted is not JsonValue value)
        {
            return kind == YamlScalarKind.Null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => kind == YamlScalarKind.Text && scalar.Value == value.GetValue<string>(),
            JsonValueKind.Number => kind is YamlScalarKind.WholeNumber or YamlScalarKind.RealNumber
                && YamlNumber.Of(new YamlScalar(scalar.Value!, isPlain: true, default)) is { } number && number.Equals(AsDouble(value)),
            JsonValueKind.True => kind == YamlScalarKind.Boolean && scalar.Value!.Equals("true", StringComparison.OrdinalIgnoreCase),
            JsonValueKind.False => kind == YamlScalarKind.Boolean && scalar.Value!.Equals("false", StringComparison.OrdinalIgnoreCase),
            _ => kind == YamlScalarKind.Null,
        };
    }
}

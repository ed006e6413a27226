using DossierGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DossierGen.Yaml;

/// <summary>
/// Builds a located <see cref="YamlNode"/> tree from YamlDotNet's event parser. Reports syntax
/// errors, duplicate keys, complex keys, several documents, and refuses input that nests too deep
/// or whose aliases expand too far, all as diagnostics.
/// </summary>
public static class YamlTreeReader
{
    /// <summary>Returns the root node, or null when the file has no usable document (diagnostics say why).</summary>
    public static YamlNode? Read(string path, string text, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var builder = new Builder(path, diagnostics, limits ?? YamlLimits.Default);
        var parser = new Parser(new StringReader(text));
        var lastMark = new SourceLocation(path, 1, 1);
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                lastMark = At(path, current.Start);
                if (!builder.Accept(current))
                {
                    return null;
                }
            }
        }
        catch (YamlException e)
        {
            YamlSyntaxError.Report(path, text, e, lastMark, diagnostics);
            return null;
        }
#pragma warning disable CA1031 // YamlDotNet throws other exception types on some malformed input; all are syntax errors to the user.
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
#pragma warning restore CA1031
        {
            YamlSyntaxError.Report(path, text, exception: null, lastMark, diagnostics);
            return null;
        }

        if (builder.Root is null && !diagnostics.HasErrors)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, SourceLocation.StartOf(path), "the file holds no YAML content");
        }

        return builder.Root;
    }

    internal static SourceLocation At(string path, Mark mark) =>
        new(path, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    private sealed class Builder(string path, DiagnosticBag diagnostics, YamlLimits limits)
    {
        private readonly Stack<Frame> _stack = new();
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
        private long _nodes;
        private int _documents;

        public YamlNode? Root { get; private set; }

        public bool Accept(ParsingEvent e)
        {
            switch (e)
            {
                case DocumentStart:
                    if (++_documents > 1)
                    {
                        diagnostics.Error(DiagnosticCodes.MultipleDocuments, At(path, e.Start), "a DossierGen file holds one YAML document; remove the second '---' section");
                        return false;
                    }

                    return true;
                case Scalar s:
                    return Add(new YamlScalar(s.Value, s.Style == ScalarStyle.Plain && s.Tag.IsEmpty, At(path, s.Start)), s.Anchor);
                case SequenceStart ss:
                    return Push(new Frame(At(path, ss.Start), ss.Anchor, IsMapping: false));
                case MappingStart ms:
                    return Push(new Frame(At(path, ms.Start), ms.Anchor, IsMapping: true));
                case SequenceEnd:
                    {
                        var frame = _stack.Pop();
                        return Add(new YamlSequence(frame.Items, frame.Location), frame.Anchor);
                    }

                case MappingEnd:
                    {
                        var frame = _stack.Pop();
                        return Add(new YamlMapping(frame.Entries, frame.Location), frame.Anchor);
                    }

                case AnchorAlias alias:
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        diagnostics.Error(DiagnosticCodes.YamlSyntax, At(path, alias.Start), $"alias '*{alias.Value.Value}' refers to no anchor defined before it");
                        return false;
                    }

                    return Add(target, AnchorName.Empty, isAlias: true, At(path, alias.Start));
                default:
                    return true;
            }
        }

        private bool Push(Frame frame)
        {
            if (_stack.Count >= limits.MaxDepth)
            {
                diagnostics.Error(DiagnosticCodes.NestingTooDeep, frame.Location, $"mappings and lists nest deeper than {limits.MaxDepth} levels; no DossierGen format needs that");
                return false;
            }

            _stack.Push(frame);
            return true;
        }

        private bool Add(YamlNode node, AnchorName anchor, bool isAlias = false, SourceLocation? aliasAt = null)
        {
            // Aliases share the anchored node instead of copying it, but they count at full weight so
            // that a "billion laughs" document is refused long before anything walks it.
            _nodes += isAlias ? node.Weight : 1;
            if (_nodes > limits.MaxNodes)
            {
                diagnostics.Error(
                    isAlias ? DiagnosticCodes.AliasExpansionTooLarge : DiagnosticCodes.FileTooLarge,
                    aliasAt ?? node.Location,
                    isAlias
                        ? $"YAML aliases expand to more than {limits.MaxNodes:N0} nodes; no DossierGen format needs that"
                        : $"the file holds more than {limits.MaxNodes:N0} YAML nodes; no DossierGen format needs that");
                return false;
            }

            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = node;
            }

            if (_stack.Count == 0)
            {
                Root = node;
                return true;
            }

            var parent = _stack.Peek();
            if (!parent.IsMapping)
            {
                parent.Items.Add(node);
                return true;
            }

            if (parent.PendingKey is null)
            {
                if (node is not YamlScalar key)
                {
                    diagnostics.Error(DiagnosticCodes.ComplexKey, node.Location, $"a key must be a plain value, not {node.Describe()}");
                    parent.PendingKey = new YamlScalar("?", isPlain: false, node.Location);
                    parent.SkipValue = true;
                    return true;
                }

                if (parent.Seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Error(DiagnosticCodes.DuplicateKey, key.Location, $"key '{key.Value}' appears twice in this mapping (first at line {first.Line}); the second is ignored");
                    parent.SkipValue = true;
                }
                else
                {
                    parent.Seen[key.Value] = key.Location;
                }

                parent.PendingKey = key;
                return true;
            }

            if (!parent.SkipValue)
            {
                parent.Entries.Add(new YamlEntry(parent.PendingKey, node));
            }

            parent.PendingKey = null;
            parent.SkipValue = false;
            return true;
        }

        private sealed record Frame(SourceLocation Location, AnchorName Anchor, bool IsMapping)
        {
            public List<YamlNode> Items { get; } = [];

            public List<YamlEntry> Entries { get; } = [];

            public Dictionary<string, SourceLocation> Seen { get; } = new(StringComparer.Ordinal);

            public YamlScalar? PendingKey { get; set; }

            public bool SkipValue { get; set; }
        }
    }
}

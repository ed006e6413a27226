using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DossierGen.Editing;

/// <summary>
/// Reads a YAML text into <see cref="SourceNode"/>s with their spans, from YamlDotNet's event
/// stream. Only for text the reader has already accepted as YAML: a syntax error gives null.
/// </summary>
public static class SourceTreeReader
{
    public static SourceNode? Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<(SourceNode Node, SourceNode? PendingKey)>();
        var anchors = new Dictionary<string, SourceNode>(StringComparer.Ordinal);
        var pendingAnchors = new Stack<string?>();
        SourceNode? root = null;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case Scalar s:
                        var end = (int)s.End.Index;
                        if (s.Style is ScalarStyle.Literal or ScalarStyle.Folded)
                        {
                            // A block scalar's span runs over the blank lines after it; they belong to the layout, not the value.
                            while (end > s.Start.Index && char.IsWhiteSpace(text[end - 1]))
                            {
                                end--;
                            }
                        }

                        Add(Anchored(new SourceNode(SourceNodeKind.Scalar, (int)s.Start.Index, end) { Value = s.Value, IsPlain = s.Style == ScalarStyle.Plain && s.Tag.IsEmpty }, s.Anchor));
                        break;
                    case AnchorAlias a:
                        Add(new SourceNode(SourceNodeKind.Alias, (int)a.Start.Index, (int)a.End.Index) { Target = anchors.GetValueOrDefault(a.Value.Value) });
                        break;
                    case MappingStart m:
                        stack.Push((new SourceNode(SourceNodeKind.Mapping, (int)m.Start.Index, (int)m.Start.Index) { IsFlow = m.Style == MappingStyle.Flow }, null));
                        pendingAnchors.Push(m.Anchor.IsEmpty ? null : m.Anchor.Value);
                        break;
                    case SequenceStart q:
                        stack.Push((new SourceNode(SourceNodeKind.Sequence, (int)q.Start.Index, (int)q.Start.Index) { IsFlow = q.Style == SequenceStyle.Flow }, null));
                        pendingAnchors.Push(q.Anchor.IsEmpty ? null : q.Anchor.Value);
                        break;
                    case MappingEnd or SequenceEnd:
                        var (done, _) = stack.Pop();

                        // A flow collection ends at its closing bracket, which the end event starts at.
                        done.End = done.IsFlow ? (int)parser.Current.Start.Index + 1 : LastEnd(done);
                        if (pendingAnchors.Pop() is { } name)
                        {
                            anchors[name] = done;
                        }

                        Add(done);
                        break;
                    default:
                        break;
                }
            }
        }
        catch (YamlException)
        {
            return null;
        }

        return root;

        SourceNode Anchored(SourceNode node, AnchorName anchor)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = node;
            }

            return node;
        }

        void Add(SourceNode node)
        {
            if (stack.Count == 0)
            {
                root = node;
                return;
            }

            var (parent, pendingKey) = stack.Pop();
            if (parent.Kind == SourceNodeKind.Sequence)
            {
                parent.Items.Add(node);
                stack.Push((parent, null));
            }
            else if (pendingKey is null)
            {
                stack.Push((parent, node));
            }
            else
            {
                var colonEnd = ColonAfter(text, pendingKey.End);

                // An empty value ("key:" and nothing) is placed by the parser where the next token starts, often on the next line; it sits after the colon.
                var value = node is { Kind: SourceNodeKind.Scalar, IsPlain: true, Value.Length: 0 }
                    ? new SourceNode(SourceNodeKind.Scalar, colonEnd, colonEnd) { Value = "", IsPlain = true }
                    : node;
                parent.Entries.Add(new SourceEntry(pendingKey, value, colonEnd));
                stack.Push((parent, null));
            }
        }
    }

    private static int LastEnd(SourceNode collection) =>
        collection.Kind == SourceNodeKind.Mapping
            ? collection.Entries.Count == 0 ? collection.Start : Math.Max(collection.Entries[^1].Value.End, collection.Entries[^1].ColonEnd)
            : collection.Items.Count == 0 ? collection.Start : collection.Items[^1].End;

    private static int ColonAfter(string text, int keyEnd)
    {
        var i = keyEnd;
        while (i < text.Length && text[i] != ':')
        {
            i++;
        }

        return Math.Min(i + 1, text.Length);
    }
}

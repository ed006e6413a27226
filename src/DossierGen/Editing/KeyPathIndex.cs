using DossierGen.Diagnostics;
using DossierGen.Yaml;

namespace DossierGen.Editing;

/// <summary>
/// Finds the key a diagnostic concerns from where it is located: every key and value of the file's
/// YAML tree is recorded with its place and key path, and a diagnostic takes the path of the node
/// it points at, or of the last node that starts before it.
/// </summary>
public sealed class KeyPathIndex
{
    private readonly Dictionary<(int Line, int Column), string> _places = [];
    private readonly Dictionary<(int Line, int Column), string> _mappings = [];
    private readonly HashSet<YamlNode> _walked = new(ReferenceEqualityComparer.Instance);
    private List<((int Line, int Column) At, string Path)> _ordered = [];

    private KeyPathIndex()
    {
    }

    public static KeyPathIndex Of(YamlNode? root)
    {
        var index = new KeyPathIndex();
        if (root is not null)
        {
            index.Walk(root, "");
        }

        index._ordered = [.. index._places.Select(p => (p.Key, p.Value)).OrderBy(p => p.Key.Line).ThenBy(p => p.Key.Column)];
        return index;
    }

    /// <summary>The key path at <paramref name="location"/>; empty for a place before every key.</summary>
    public string PathAt(SourceLocation location)
    {
        var found = "";
        foreach (var (at, path) in _ordered)
        {
            if (at.Line > location.Line || (at.Line == location.Line && at.Column > location.Column))
            {
                break;
            }

            found = path;
        }

        return found;
    }

    /// <summary>The path of the mapping that starts at <paramref name="location"/> (where a missing key is reported), or null.</summary>
    public string? MappingAt(SourceLocation location) => _mappings.GetValueOrDefault((location.Line, location.Column));

    private void Walk(YamlNode node, string path)
    {
        // An alias shares its anchor's node: walking it again would only repeat places (or, for an alias bomb, never end).
        if (!_walked.Add(node))
        {
            return;
        }

        var at = (node.Location.Line, node.Location.Column);
        _places.TryAdd(at, path);
        switch (node)
        {
            case YamlMapping mapping:
                _mappings.TryAdd(at, path);
                foreach (var entry in mapping.Entries)
                {
                    var child = path.Length == 0 ? entry.Key.Value : path + "." + entry.Key.Value;

                    // A block mapping starts at its first key: the place is the key's.
                    _places[(entry.Key.Location.Line, entry.Key.Location.Column)] = child;
                    Walk(entry.Value, child);
                }

                break;
            case YamlSequence sequence:
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    Walk(sequence.Items[i], $"{path}[{i}]");
                }

                break;
            default:
                break;
        }
    }
}

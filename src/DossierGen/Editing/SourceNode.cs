using DossierGen.Yaml;

namespace DossierGen.Editing;

/// <summary>
/// A YAML node with the exact span of text it occupies, so an edit can replace that span and leave
/// every other character of the file (comments, blank lines, quoting, key order) as it was.
/// </summary>
/// <param name="Start">Index of the node's first character.</param>
/// <param name="End">Index just after its last character: the closing bracket of a flow collection,
/// the last content character of a block scalar (trailing line breaks excluded), the end of its last
/// child for a block collection.</param>
public sealed class SourceNode(SourceNodeKind kind, int start, int end)
{
    public SourceNodeKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int End { get; internal set; } = end;

    public bool IsFlow { get; init; }

    /// <summary>A scalar's value; null for collections.</summary>
    public string? Value { get; init; }

    /// <summary>True for an unquoted, untagged scalar (only those resolve to numbers, booleans, null).</summary>
    public bool IsPlain { get; init; }

    /// <summary>For an alias, the anchored node it stands for; null otherwise.</summary>
    public SourceNode? Target { get; init; }

    public List<SourceEntry> Entries { get; } = [];

    public List<SourceNode> Items { get; } = [];

    /// <summary>What the reader makes of this scalar under the YAML 1.2 core schema.</summary>
    public YamlScalarKind ScalarKind => new YamlScalar(Value ?? "", IsPlain, default).Kind;
}

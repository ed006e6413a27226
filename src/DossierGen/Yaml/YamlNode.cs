using DossierGen.Diagnostics;

namespace DossierGen.Yaml;

/// <summary>
/// A YAML node with the place it starts in the file. DossierGen builds its own small tree instead
/// of using a deserializer so that every value keeps its location for diagnostics, duplicate keys
/// are caught, and scalars are resolved by the YAML 1.2 core schema (where <c>no</c> stays text).
/// </summary>
public abstract class YamlNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>Nodes in this subtree counting each alias expansion, used to refuse alias bombs.</summary>
    internal abstract long Weight { get; }

    /// <summary>A short word for the node's kind, for messages such as "expected text but found a list".</summary>
    public abstract string Describe();
}

using DossierGen.Diagnostics;

namespace DossierGen.Yaml;

public sealed class YamlSequence(IReadOnlyList<YamlNode> items, SourceLocation location) : YamlNode(location)
{
    private readonly long _weight = 1 + items.Sum(i => i.Weight);

    public IReadOnlyList<YamlNode> Items { get; } = items;

    internal override long Weight => _weight;

    public override string Describe() => "a list";
}

using DossierGen.Diagnostics;

namespace DossierGen.Yaml;

public sealed class YamlMapping(IReadOnlyList<YamlEntry> entries, SourceLocation location) : YamlNode(location)
{
    private readonly long _weight = 1 + entries.Sum(e => 1 + e.Value.Weight);

    /// <summary>Entries in file order. Keys are unique: the reader reports duplicates and keeps the first.</summary>
    public IReadOnlyList<YamlEntry> Entries { get; } = entries;

    internal override long Weight => _weight;

    public override string Describe() => "a mapping";

    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    public YamlNode? Get(string key) => Find(key)?.Value;
}

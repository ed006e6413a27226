using DossierGen.Diagnostics;
using DossierGen.Yaml;

namespace DossierGen.Tests.Support;

/// <summary>
/// Systematic one-point edits of a valid file: a key added, a key removed, a value replaced by
/// unrelated text, by a list, or a list emptied. Each is a question both the reader and the
/// schema must answer alike.
/// </summary>
internal static class YamlMutations
{
    private static readonly SourceLocation Nowhere = new("mutation", 1, 1);

    public static IEnumerable<(string Description, YamlNode Mutated)> Of(YamlNode root) => Walk(root, "$", n => n);

    private static IEnumerable<(string, YamlNode)> Walk(YamlNode node, string at, Func<YamlNode, YamlNode> rebuild)
    {
        switch (node)
        {
            case YamlMapping mapping:
                yield return ($"{at}: add unknown key", rebuild(With(mapping, [.. mapping.Entries, new YamlEntry(Text("x-unknown-key"), Text("v"))])));
                for (var i = 0; i < mapping.Entries.Count; i++)
                {
                    var index = i;
                    var entry = mapping.Entries[i];
                    var path = $"{at}.{entry.Key.Value}";
                    yield return ($"{path}: remove", rebuild(With(mapping, [.. mapping.Entries.Where((_, j) => j != index)])));
                    YamlNode Replace(YamlNode value) => rebuild(With(mapping, [.. mapping.Entries.Select((e, j) => j == index ? new YamlEntry(e.Key, value) : e)]));
                    if (entry.Value is YamlScalar)
                    {
                        yield return ($"{path}: replace with text", Replace(Text("bogus-value")));
                        yield return ($"{path}: replace with a list", Replace(new YamlSequence([Text("a")], Nowhere)));
                    }

                    foreach (var inner in Walk(entry.Value, path, Replace))
                    {
                        yield return inner;
                    }
                }

                break;
            case YamlSequence sequence:
                yield return ($"{at}: empty the list", rebuild(new YamlSequence([], sequence.Location)));
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    var index = i;
                    YamlNode Replace(YamlNode value) => rebuild(new YamlSequence([.. sequence.Items.Select((item, j) => j == index ? value : item)], sequence.Location));
                    foreach (var inner in Walk(sequence.Items[i], $"{at}[{i}]", Replace))
                    {
                        yield return inner;
                    }
                }

                break;
            default:
                break;
        }
    }

    private static YamlMapping With(YamlMapping mapping, IReadOnlyList<YamlEntry> entries) => new(entries, mapping.Location);

    private static YamlScalar Text(string value) => new(value, isPlain: true, Nowhere);
}

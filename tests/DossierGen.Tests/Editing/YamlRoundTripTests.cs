using System.Text.Json.Nodes;
using DossierGen.Diagnostics;
using DossierGen.Editing;
using DossierGen.Tests.Support;
using DossierGen.Yaml;

namespace DossierGen.Tests.Editing;

/// <summary>
/// Saving from the form changes only what was edited: comments, key order, quoting and layout of
/// everything else stay, and the result reads back as exactly the edited values.
/// </summary>
public sealed class YamlRoundTripTests
{
    private const string Change = """
        # yaml-language-server: $schema=../../rules/schema/change.schema.json
        format: dossiergen/change@1
        id: CC-1          # the change control
        product: product.yaml
        markets: [US, EU]
        description: |
          First line.
          Second line.

        # the changes, in the order of the change control
        changes:
          - id: C1
            kind: site
            material: drug-substance   # DS only
            summary: "New site: Cork"
            operation: manufacturing
            action: replace
          - id: C2
            kind: scale
            summary: Scale-up
        """;

    /// <summary>Every example, master file and valid test input: the YAML styles users write.</summary>
    public static TheoryData<string> ExampleFiles =>
        [.. new[] { RepositoryPaths.Examples, Path.Combine(RepositoryPaths.Rules, "master-files"), Path.Combine(RepositoryPaths.TestInputs, "Valid") }
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.yaml", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}expected{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(p => Path.GetRelativePath(RepositoryPaths.RepositoryRoot, p))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void AnUnchangedFileComesBackByteForByte(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, relativePath));

        Assert.Equal(text, YamlRoundTrip.Apply(text, Values(text)));
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void EveryEditOfAnExampleReadsBackAsTheEditedValues(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.RepositoryRoot, relativePath));
        foreach (var (what, edited) in Edits(Values(text)))
        {
            var saved = YamlRoundTrip.Apply(text, edited);

            Assert.True(saved is not null, what);
            Assert.True(edited.ToJsonString() == Values(saved).ToJsonString(), $"{what}:\n{saved}");
            if (!what.StartsWith("drop", StringComparison.Ordinal))
            {
                Assert.True(CommentLines(text).SequenceEqual(CommentLines(saved)), $"{what} lost a comment:\n{saved}");
            }
        }
    }

    [Fact]
    public void AChangedFactChangesOnlyItsOwnLine()
    {
        var values = Values(Change);
        Changes(values)[0]!["operation"] = "testing";

        var saved = YamlRoundTrip.Apply(Change, values)!;

        Assert.Equal(Change.Replace("operation: manufacturing", "operation: testing", StringComparison.Ordinal), saved);
    }

    [Fact]
    public void ANewFactIsAddedAfterTheKeyBeforeItAndKeepsTheIndentation()
    {
        var values = Values(Change);
        var c1 = Changes(values)[0]!.AsObject();
        c1.Remove("action");
        c1["action"] = "add";
        c1["site-status"] = "licensed-other-product";

        var saved = YamlRoundTrip.Apply(Change, values)!;

        Assert.Contains("    action: add\n    site-status: licensed-other-product\n  - id: C2", saved, StringComparison.Ordinal);
        Assert.Contains("material: drug-substance   # DS only", saved, StringComparison.Ordinal);
    }

    [Fact]
    public void ARemovedKeyTakesItsLineWithItAndNothingElse()
    {
        var values = Values(Change);
        Changes(values)[0]!.AsObject().Remove("material");
        values.Remove("markets");

        var saved = YamlRoundTrip.Apply(Change, values)!;

        Assert.Equal(
            Change.Replace("    material: drug-substance   # DS only\n", "", StringComparison.Ordinal).Replace("markets: [US, EU]\n", "", StringComparison.Ordinal),
            saved);
    }

    [Fact]
    public void AListItemIsAddedAndRemovedInTheListsOwnStyle()
    {
        var values = Values(Change);
        Changes(values).RemoveAt(1);
        Changes(values).Add(JsonNode.Parse("""{"id": "C3", "kind": "process", "summary": "Closed", "viral-clearance": false, "risk": {"affected-cqas": ["potency"]}}"""));
        values["markets"] = new JsonArray("US", "EU", "JP");

        var saved = YamlRoundTrip.Apply(Change, values)!;

        Assert.Contains("markets: [US, EU, JP]\n", saved, StringComparison.Ordinal);
        Assert.Contains("""
              - id: C3
                kind: process
                summary: Closed
                viral-clearance: false
                risk:
                  affected-cqas: [potency]
            """, saved, StringComparison.Ordinal);
        Assert.DoesNotContain("C2", saved, StringComparison.Ordinal);
        Assert.Equal(values.ToJsonString(), Values(saved).ToJsonString());
    }

    [Fact]
    public void TextThatNeedsQuotesGetsThemAndTextOfSeveralLinesIsALiteralBlock()
    {
        var values = Values(Change);
        values["title"] = "Move: Cork # 2";
        values["description"] = "One.\nTwo.\n";
        Changes(values)[1]!["summary"] = "true";

        var saved = YamlRoundTrip.Apply(Change, values)!;

        Assert.EndsWith("\ntitle: \"Move: Cork # 2\"", saved, StringComparison.Ordinal);
        Assert.Contains("description: |\n  One.\n  Two.\n\n# the changes", saved, StringComparison.Ordinal);
        Assert.Contains("summary: \"true\"", saved, StringComparison.Ordinal);
        Assert.Equal(values.ToJsonString(), Values(saved).ToJsonString());
    }

    [Fact]
    public void ValuesAsThePagePostsThemChangeNothingWhenNothingChanged()
    {
        // The page posts JSON text: numbers and strings arrive as parsed JSON, not .NET values.
        var study = File.ReadAllText(Directory.EnumerateFiles(RepositoryPaths.Examples, "*.yaml", SearchOption.AllDirectories).First(p => File.ReadAllText(p).Contains("dossiergen/comparability@1", StringComparison.Ordinal)));
        var posted = JsonNode.Parse(Values(study).ToJsonString())!.AsObject();

        Assert.Equal(study, YamlRoundTrip.Apply(study, posted));
    }

    [Fact]
    public void AFlowMappingOrListKeepsTheTextOfWhatDidNotChange()
    {
        const string study = "results: { A: 1.28e13, B: 1.19e13, C: 4.0 }   # titres\nlist: [ a, \"b\" ]\n";
        var values = Values(study);
        values["results"]!["B"] = JsonValue.Create(1.3e13);
        values["list"]!.AsArray().Add("c");

        var saved = YamlRoundTrip.Apply(study, values);

        Assert.Equal("results: { A: 1.28e13, B: 1.3e13, C: 4.0 }   # titres\nlist: [ a, \"b\", c ]\n", saved);
    }

    [Theory]
    [InlineData("---\nformat: x\ntitle:\nid: A\n", "title", "\"New\"", "---\nformat: x\ntitle: New\nid: A\n")]
    [InlineData("a: 1\nrisk:\nb: 2\n", "risk", "{\"cqa-impact\": \"low\"}", "a: 1\nrisk:\n  cqa-impact: low\nb: 2\n")]
    [InlineData("a: 1\nrisk: { cqa-impact: low }\n", "risk", "{\"cqa-impact\": \"low\", \"affected-cqas\": [\"potency\"]}", "a: 1\nrisk:\n  cqa-impact: low\n  affected-cqas: [potency]\n")]
    [InlineData("a: 1\nlist:\n  - x\n  - y\n", "list", "[]", "a: 1\nlist: []\n")]
    [InlineData("a: 1\nlist: []\n", "list", "[{\"id\": \"C1\", \"kind\": \"site\"}]", "a: 1\nlist:\n  - id: C1\n    kind: site\n")]
    [InlineData("a: |\n  one\n  two\nb: 2\n", "a", "\"one line\"", "a: one line\nb: 2\n")]
    public void AValueIsRewrittenInTheStyleItsNewShapeNeeds(string original, string key, string json, string expected)
    {
        var values = Values(original);
        values[key] = JsonNode.Parse(json);

        Assert.Equal(expected, YamlRoundTrip.Apply(original, values));
    }

    [Fact]
    public void RemovingAnItemsFirstKeyOrAnItemKeepsTheCommentsAroundThem()
    {
        const string original = "changes:\n  - id: C1\n    kind: site\n  # the second change\n  - id: C2\n    kind: scale\n";
        var values = Values(original);
        Changes(values)[0]!.AsObject().Remove("id");

        var saved = YamlRoundTrip.Apply(original, values);

        Assert.Equal("changes:\n  - kind: site\n  # the second change\n  - id: C2\n    kind: scale\n", saved);
    }

    [Fact]
    public void AnAliasStaysWhileItStandsForTheSameValue()
    {
        const string original = "site: &cork Cork, IE\nlist: &markets [US, EU]\nproposed: *cork\nmarkets: *markets\nother: 1\n";
        var values = Values(original);
        values["other"] = 2;

        var saved = YamlRoundTrip.Apply(original, values);

        Assert.Equal(original.Replace("other: 1", "other: 2", StringComparison.Ordinal), saved);
    }

    [Fact]
    public void AWindowsFileKeepsItsLineEnds()
    {
        var crlf = Change.Replace("\n", "\r\n", StringComparison.Ordinal);
        var values = Values(crlf);
        Changes(values)[1]!["to"] = "500 L";

        var saved = YamlRoundTrip.Apply(crlf, values)!;

        Assert.DoesNotContain("\n", saved.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("    to: 500 L\r\n", saved + "\r\n", StringComparison.Ordinal);
    }

    [Fact]
    public void ANewFileIsWrittenInTheExamplesStyle()
    {
        var values = JsonNode.Parse("""{"format": "dossiergen/change@1", "id": "CC-9", "product": "p.yaml", "changes": [{"id": "C1", "kind": "administrative", "summary": "Renamed"}]}""")!.AsObject();

        var saved = YamlRoundTrip.Apply("", values);

        Assert.Equal("format: dossiergen/change@1\nid: CC-9\nproduct: p.yaml\nchanges:\n  - id: C1\n    kind: administrative\n    summary: Renamed\n", saved);
    }

    [Fact]
    public void TextThatIsNotAYamlMappingIsNotRewritten()
    {
        Assert.Null(YamlRoundTrip.Apply("- a\n- b\n", []));
        Assert.Null(YamlRoundTrip.Apply("a: [b\n", []));
    }

    private static JsonArray Changes(JsonObject values) => values["changes"]!.AsArray();

    private static JsonObject Values(string text) => YamlJson.ToJson(YamlTreeReader.Read("f.yaml", text, new DiagnosticBag())!)!.AsObject();

    /// <summary>The comments of a text: whole comment lines, and what follows " #" on a line without quotes.</summary>
    private static IEnumerable<string> CommentLines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => l.TrimStart().StartsWith('#') || (l.Contains(" #", StringComparison.Ordinal) && !l.Contains('"', StringComparison.Ordinal)))
            .Select(l => l.TrimStart().StartsWith('#') ? l : l[l.IndexOf(" #", StringComparison.Ordinal)..].Trim());

    /// <summary>Edits a user makes in the form: change a text, drop the last key of a mapping, add a key, drop and add list items.</summary>
    private static IEnumerable<(string What, JsonObject Edited)> Edits(JsonObject original)
    {
        var paths = new List<(string Path, JsonNode Node)>();
        Walk(original, "", paths);
        foreach (var (path, node) in paths)
        {
            var copy = original.DeepClone().AsObject();
            var target = Find(copy, path);
            switch (target)
            {
                case JsonObject map when map.Count > 1:
                    map.Remove(map.Last().Key);
                    yield return ($"drop the last key of {path}", copy);
                    copy = original.DeepClone().AsObject();
                    Find(copy, path)!.AsObject()["added-key"] = "a value";
                    yield return ($"add a key to {path}", copy);
                    break;
                case JsonArray list when list.Count > 1:
                    list.RemoveAt(list.Count - 1);
                    yield return ($"drop the last item of {path}", copy);
                    copy = original.DeepClone().AsObject();
                    var items = Find(copy, path)!.AsArray();
                    items.Add(items[0]!.DeepClone());
                    yield return ($"repeat the first item of {path}", copy);
                    break;
                case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                    var parent = Find(copy, path[..path.LastIndexOf('/')]);
                    var key = path[(path.LastIndexOf('/') + 1)..];
                    var edited = value.GetValue<string>() + " (edited)";
                    if (parent is JsonObject o)
                    {
                        o[key] = edited;
                    }
                    else
                    {
                        parent!.AsArray()[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = edited;
                    }

                    yield return ($"edit the text at {path}", copy);
                    break;
                default:
                    break;
            }
        }
    }

    private static void Walk(JsonNode node, string path, List<(string, JsonNode)> paths)
    {
        paths.Add((path, node));
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    if (value is not null)
                    {
                        Walk(value, path + "/" + key, paths);
                    }
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    Walk(list[i]!, path + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), paths);
                }

                break;
            default:
                break;
        }
    }

    private static JsonNode? Find(JsonNode root, string path)
    {
        var node = root;
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node is JsonArray list ? list[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : node![part];
        }

        return node;
    }
}

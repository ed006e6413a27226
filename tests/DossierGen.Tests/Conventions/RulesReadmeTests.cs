using DossierGen.Facts;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Conventions;

public sealed class RulesReadmeTests
{
    private const string Start = "<!-- facts:start -->\n";
    private const string End = "<!-- facts:end -->";

    [Fact]
    public void TheRulesReadmeListsEveryFactOfTheCatalogue()
    {
        var path = Path.Combine(RepositoryPaths.Rules, "README.md");
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var from = text.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var to = text.IndexOf(End, StringComparison.Ordinal);
        var expected = text[..from] + FactCatalogueMarkdown.Render() + text[to..];

        GoldenFile.AssertMatches(path, expected);
    }
}

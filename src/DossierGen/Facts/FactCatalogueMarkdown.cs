using System.Text;

namespace DossierGen.Facts;

/// <summary>The fact catalogue as a Markdown table, for rules/README.md (kept equal by a test).</summary>
public static class FactCatalogueMarkdown
{
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("| fact | type | values | used by | meaning |\n| --- | --- | --- | --- | --- |\n");
        foreach (var fact in FactCatalogue.All)
        {
            var values = fact.Values is null ? (fact.Type == FactType.Flag ? "true, false" : fact.Type == FactType.Number ? "a number" : "text") : string.Join(", ", fact.Values);
            var scope = fact.Scope switch
            {
                FactScope.MasterFile => "master-file rules",
                FactScope.Decision => "adjust rules",
                _ => "all rules",
            };
            text.Append("| `").Append(fact.Name).Append("` | ").Append(fact.Type.ToString().ToLowerInvariant()).Append(" | ")
                .Append(values).Append(" | ").Append(scope).Append(" | ").Append(fact.Description).Append(" |\n");
        }

        return text.ToString();
    }
}

using DossierGen.Rules;
using DossierGen.Templates.Model;

namespace DossierGen.Templates;

/// <summary>Numbers the rules a document cites as footnotes (c1, c2 ...) in order of first mention.</summary>
internal sealed class CitationIndex
{
    private readonly List<Rule> _rules = [];
    private readonly Dictionary<string, int> _indexById = new(StringComparer.Ordinal);

    public string Reference(Rule rule)
    {
        if (!_indexById.TryGetValue(rule.Id, out var index))
        {
            _rules.Add(rule);
            index = _rules.Count - 1;
            _indexById[rule.Id] = index;
        }

        return $"[^c{index + 1}]";
    }

    public string References(IEnumerable<Rule> rules) => string.Concat(rules.Select(Reference));

    public List<CitationModel> Footnotes() =>
        [.. _rules.Select((r, i) => new CitationModel
        {
            Ref = $"c{i + 1}",
            Text = $"{r.Id}{(r.Verify ? " (verify)" : "")}: {string.Join("; ", r.Citations.Select(c => c.ToString()))}.",
            TextJa = $"{r.Id}{(r.Verify ? "（要確認）" : "")}：{string.Join("; ", r.Citations.Select(c => c.ToString()))}.",
        })];
}

using DossierGen.Rules;
using DossierGen.Templates.Model;

namespace DossierGen.Templates;

/// <summary>
/// Numbers the guidances a Module 3 document cites as footnotes (g1, g2 ...) in order of first
/// mention: each by its public title and date, once however many rules cite it.
/// </summary>
internal sealed class GuidanceIndex
{
    private readonly List<string> _texts = [];
    private readonly Dictionary<string, int> _indexByText = new(StringComparer.Ordinal);

    /// <summary>The footnote marks for the public documents the rules cite; empty when they cite none.</summary>
    public string References(IEnumerable<Rule> rules) =>
        string.Concat(rules.SelectMany(r => r.Citations).Select(Text).OfType<string>().Distinct(StringComparer.Ordinal).Select(Reference));

    public List<CitationModel> Footnotes() =>
        [.. _texts.Select((text, i) => new CitationModel { Ref = $"g{i + 1}", Text = text, TextJa = text })];

    private static string? Text(Citation citation) =>
        PublicSources.Title(citation.Source) is { } title ? $"{title}{(citation.Date is null ? "" : $" ({citation.Date})")}." : null;

    private string Reference(string text)
    {
        if (!_indexByText.TryGetValue(text, out var index))
        {
            _texts.Add(text);
            index = _texts.Count - 1;
            _indexByText[text] = index;
        }

        return $"[^g{index + 1}]";
    }
}

using DossierGen.Inputs;

namespace DossierGen.Rules;

/// <summary>All rules of a rules folder, loaded and checked once and reused for every change.</summary>
public sealed class RuleSet(IReadOnlyList<RuleFile> files)
{
    private readonly Dictionary<(Market, Stage), Rule[]> _byMarketAndStage = files
        .SelectMany(f => f.Rules)
        .GroupBy(r => (r.Market, r.Stage))
        .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray());

    public IReadOnlyList<RuleFile> Files { get; } = files;

    public IEnumerable<Rule> All => Files.SelectMany(f => f.Rules);

    public IReadOnlyList<Rule> For(Market market, Stage stage) => _byMarketAndStage.GetValueOrDefault((market, stage)) ?? [];

    public Rule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}

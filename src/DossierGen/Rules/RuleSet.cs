using DossierGen.Inputs;

namespace DossierGen.Rules;

/// <summary>All rules of a rules folder, loaded and checked once and reused for every change.</summary>
public sealed class RuleSet(IReadOnlyList<RuleFile> files)
{
    private readonly Dictionary<(Market, Stage), Rule[]> _byMarketAndStage = files
        .SelectMany(f => f.Rules)
        .SelectMany(r => (r.Stage is { } s ? [s] : new[] { Stage.Clinical, Stage.Marketed }).Select(s => (Key: (r.Market, s), Rule: r)))
        .GroupBy(x => x.Key)
        .ToDictionary(g => g.Key, g => g.Select(x => x.Rule).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray());

    public IReadOnlyList<RuleFile> Files { get; } = files;

    public IEnumerable<Rule> All => Files.SelectMany(f => f.Rules);

    public IReadOnlyList<Rule> For(Market market, Stage stage) => _byMarketAndStage.GetValueOrDefault((market, stage)) ?? [];

    public Rule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}

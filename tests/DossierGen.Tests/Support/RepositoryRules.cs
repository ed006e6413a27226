using DossierGen.Diagnostics;
using DossierGen.Rules;

namespace DossierGen.Tests.Support;

/// <summary>The repository's rule set, loaded once for the whole test run.</summary>
internal static class RepositoryRules
{
    private static readonly Lazy<RuleSet> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var rules = RuleSetLoader.Load(RepositoryPaths.Rules, diagnostics);
        return rules ?? throw new InvalidOperationException("the repository's rules do not load:\n" + string.Join("\n", diagnostics.Sorted()));
    });

    public static RuleSet Set => Loaded.Value;
}

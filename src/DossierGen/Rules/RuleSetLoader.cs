using DossierGen.Diagnostics;

namespace DossierGen.Rules;

/// <summary>Loads every rules file of a rules folder (fda/, ema/, pmda/), checking ids are unique across them.</summary>
public static class RuleSetLoader
{
    public static IReadOnlyList<string> MarketFolders { get; } = ["fda", "ema", "pmda"];

    public static RuleSet? Load(string rulesDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var paths = RuleFilePaths(rulesDirectory);
        if (paths.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.RulesFolderNotFound, SourceLocation.StartOf(rulesDirectory), $"no rules found in '{rulesDirectory}' (expected *.yaml files under {string.Join("/, ", MarketFolders)}/)");
            return null;
        }

        // Reading the YAML is most of a short command's time (over half of `assess`), and each file
        // reads on its own, so the files are read in parallel, each into its own bag, in path order.
        var read = paths.AsParallel().AsOrdered().Select(p =>
        {
            var bag = new DiagnosticBag();
            return (File: RuleReader.Read(p, bag), Diagnostics: bag);
        }).ToList();
        var local = new DiagnosticBag();
        read.ForEach(r => local.AddRange(r.Diagnostics.Sorted()));
        var files = read.Select(r => r.File).ToList();
        var seen = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var rule in files.OfType<RuleFile>().SelectMany(f => f.Rules))
        {
            if (!seen.TryAdd(rule.Id, rule))
            {
                local.Error(DiagnosticCodes.DuplicateRuleId, rule.Location, $"rule id '{rule.Id}' is also used at {seen[rule.Id].Location}");
            }
        }

        diagnostics.AddRange(local.Sorted());
        return local.HasErrors ? null : new RuleSet([.. files.OfType<RuleFile>()]);
    }

    /// <summary>The rules files of a folder in a stable order; test files (*.test.yaml) sit beside them and are not rules.</summary>
    public static IReadOnlyList<string> RuleFilePaths(string rulesDirectory) =>
        [.. MarketFolders
            .Select(f => Path.Combine(rulesDirectory, f))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml"))
            .Where(p => !p.EndsWith(".test.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}

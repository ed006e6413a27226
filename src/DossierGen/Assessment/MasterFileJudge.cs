using DossierGen.Facts;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Assessment;

/// <summary>
/// Runs the master-file rules for each referenced master file that describes what the change
/// changes, and says which evidence kinds a usable file supplies. A file no rule declares usable
/// supplies nothing: the dossier must then carry the evidence itself.
/// </summary>
internal static class MasterFileJudge
{
    /// <returns>Evidence kind to the id of the master file that supplies it for this change.</returns>
    public static Dictionary<string, string> Judge(
        ChangeDescription description, Change change, Market market, FactSet facts, IReadOnlyList<Rule> rules, List<Finding> findings, out List<Rule> fired)
    {
        var supplies = new Dictionary<string, string>(StringComparer.Ordinal);
        fired = [];
        foreach (var use in description.MasterFiles.Where(u => MasterFileSubject.Covers(u.File, change, market)))
        {
            var masterFileFacts = facts.With(ChangeFacts.ForMasterFile(use, change, market));
            var verdicts = rules.Where(r => ConditionEvaluator.Holds(r.When, masterFileFacts)).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            foreach (var rule in verdicts)
            {
                findings.AddRange(rule.Then.Findings.Select(f => new Finding(f.Severity, rule.Id, $"{use.File.Id}: {f.Message}", change.Id, f.MessageJa is null ? null : $"{use.File.Id}：{f.MessageJa}")));
            }

            fired.AddRange(verdicts);
            var usable = verdicts.Count > 0 && verdicts.TrueForAll(r => r.Then.MasterFile == "usable");
            if (!usable)
            {
                continue;
            }

            foreach (var kind in use.File.CoveredEvidence)
            {
                supplies.TryAdd(kind, use.File.Id);
            }
        }

        return supplies;
    }
}

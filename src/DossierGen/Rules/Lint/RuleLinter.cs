using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.RuleTests;

namespace DossierGen.Rules.Lint;

/// <summary>
/// <c>rules lint</c>: everything the loader checks (shape, facts, values, procedures, duplicate ids),
/// plus what needs the whole rule set: every rule tested both ways, no two rules giving different
/// procedures in one situation unless one is more specific (and then heavier), and no situation
/// of any change kind that no rule classifies.
/// </summary>
public static class RuleLinter
{
    public static void Lint(string rulesDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var rules = RuleSetLoader.Load(rulesDirectory, diagnostics);
        if (rules is null)
        {
            return;
        }

        var tests = RuleTestSuite.Load(rulesDirectory, rules, diagnostics);
        CheckTests(rules, tests, diagnostics);
        CheckJapaneseText(rules, diagnostics);
        foreach (var scale in ProcedureScale.All.Where(s => rules.All.Any(r => r.Market == s.Market)))
        {
            CheckCoverage(rules, scale, diagnostics);
        }
    }

    private static void CheckTests(RuleSet rules, IReadOnlyList<RuleTestFile> tests, DiagnosticBag diagnostics)
    {
        foreach (var file in rules.Files)
        {
            var cases = tests.Where(t => t.RulesFile == file.Path).SelectMany(t => t.Cases).ToList();
            foreach (var rule in file.Rules)
            {
                var fires = cases.Any(c => c.Expect.Fires.Any(f => f.Rule == rule.Id));
                var notFires = cases.Any(c => c.Expect.NotFires.Any(f => f.Rule == rule.Id));
                if (!fires || !notFires)
                {
                    var missing = !fires && !notFires ? "no case where it fires and none where it does not" : !fires ? "no case where it fires" : "no case where it does not fire";
                    diagnostics.Error(DiagnosticCodes.RuleWithoutTests, rule.Location, $"rule {rule.Id} has {missing} in {Path.GetFileName(RuleTestSuite.TestPathFor(file.Path))} (list it under expect: fires / not-fires)");
                }
            }
        }
    }

    /// <summary>
    /// The Japanese summary shows a PMDA rule's findings, and the title of a deciding rule with
    /// verify in its verify box; without Japanese text those lines would read in English there.
    /// </summary>
    private static void CheckJapaneseText(RuleSet rules, DiagnosticBag diagnostics)
    {
        foreach (var rule in rules.All.Where(r => r.Market == Market.JP && r.Subject != RuleSubject.MasterFileChange))
        {
            if (rule.NamedInVerifyBox && rule.TitleJa is null)
            {
                diagnostics.Warning(DiagnosticCodes.JapaneseTextMissing, rule.Location, $"rule {rule.Id} has no title-ja; the Japanese summary's verify box will show its English title");
            }

            if (rule.Then.Findings.Any(f => f.MessageJa is null))
            {
                diagnostics.Warning(DiagnosticCodes.JapaneseTextMissing, rule.Location, $"rule {rule.Id} has a finding without message-ja; a Japanese template that shows findings (messageJa) will show it in English");
            }
        }
    }

    private static void CheckCoverage(RuleSet rules, ProcedureScale scale, DiagnosticBag diagnostics)
    {
        var deciding = rules.For(scale.Market, scale.Stage)
            .Where(r => r.Phase == RulePhase.Classify && r.Subject == RuleSubject.Change && r.Then.Procedure is not null)
            .ToList();
        var anchor = rules.Files.FirstOrDefault(f => f.Market == scale.Market)?.Path ?? "rules";
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var date in EvaluationDates(deciding))
        {
            var inForce = deciding.Where(r => r.InForceOn(date)).ToList();
            var situations = SituationSpace.Enumerate(scale.Market, scale.Stage, inForce).ToList();
            ReportGaps(situations, inForce, scale, date, anchor, reported, diagnostics);
            ReportOverlaps(situations, inForce, scale, date, reported, diagnostics);
        }
    }

    /// <summary>A date before every rule boundary, and each date on which a rule starts or ends.</summary>
    private static List<DateOnly> EvaluationDates(List<Rule> rules) =>
        [.. rules.SelectMany(r => new[] { r.EffectiveFrom, r.EffectiveUntil?.AddDays(1) })
            .OfType<DateOnly>()
            .Append(new DateOnly(2000, 1, 1))
            .Distinct()
            .Order()];

    private static void ReportGaps(List<(string Kind, Facts.FactSet Facts)> situations, List<Rule> rules, ProcedureScale scale, DateOnly date, string anchor, HashSet<string> reported, DiagnosticBag diagnostics)
    {
        foreach (var group in situations.Where(s => !rules.Exists(r => ConditionEvaluator.Holds(r.When, s.Facts))).GroupBy(s => s.Kind))
        {
            if (!reported.Add($"gap {scale.Market} {scale.Stage} {group.Key}"))
            {
                continue;
            }

            var example = group.First().Facts;
            var relevant = rules.SelectMany(r => SituationSpace.FactTests(r.When)).Select(t => t.Fact).Where(f => example.Get(f) is not null);
            diagnostics.Error(
                DiagnosticCodes.UnclassifiedSituation,
                new SourceLocation(anchor, 1, 1),
                $"no {scale.Market} {Name(scale.Stage)} rule classifies {group.Count()} situation(s) of kind {group.Key} on {date:yyyy-MM-dd}, for example {SituationSpace.Describe(example, relevant)}");
        }
    }

    private static void ReportOverlaps(List<(string Kind, Facts.FactSet Facts)> situations, List<Rule> rules, ProcedureScale scale, DateOnly date, HashSet<string> reported, DiagnosticBag diagnostics)
    {
        var firing = situations.Select(s => (s.Facts, Rules: rules.Where(r => ConditionEvaluator.Holds(r.When, s.Facts)).ToList())).ToList();
        foreach (var (facts, fired) in firing)
        {
            foreach (var a in fired)
            {
                foreach (var b in fired.Where(b => string.CompareOrdinal(a.Id, b.Id) < 0 && a.Then.Procedure != b.Then.Procedure))
                {
                    if (!reported.Add($"pair {a.Id} {b.Id}"))
                    {
                        continue;
                    }

                    var aWithoutB = firing.Exists(f => f.Rules.Contains(a) && !f.Rules.Contains(b));
                    var bWithoutA = firing.Exists(f => f.Rules.Contains(b) && !f.Rules.Contains(a));
                    var where = SituationSpace.Describe(facts, SituationSpace.FactTests(a.When).Concat(SituationSpace.FactTests(b.When)).Select(t => t.Fact));
                    if (aWithoutB && bWithoutA)
                    {
                        diagnostics.Error(DiagnosticCodes.OverlappingRules, a.Location, $"rules {a.Id} ({a.Then.Procedure}) and {b.Id} ({b.Then.Procedure}, at {b.Location}) both fire when {where} on {date:yyyy-MM-dd}, and neither is more specific; make their conditions exclusive");
                        continue;
                    }

                    var (specific, general) = aWithoutB ? (b, a) : (a, b);
                    if (scale.Rank(specific.Then.Procedure!) > scale.Rank(general.Then.Procedure!))
                    {
                        diagnostics.Error(DiagnosticCodes.ShadowedRule, specific.Location, $"rule {specific.Id} ({specific.Then.Procedure}) only fires where {general.Id} ({general.Then.Procedure}) fires too, so the heavier procedure always wins and {specific.Id} never decides; exclude its situations from {general.Id}");
                    }
                }
            }
        }
    }

    private static string Name(Stage stage) => stage == Stage.Marketed ? "marketed" : "clinical";
}

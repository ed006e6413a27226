using DossierGen.Assessment;
using DossierGen.Rules;

namespace DossierGen.RuleTests;

/// <summary>Runs rule test cases through the same engine as <c>assess</c> and compares with what each case expects.</summary>
public static class RuleTestRunner
{
    public static RuleTestReport Run(RuleSet rules, IReadOnlyList<RuleTestFile> files)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(files);
        var outcomes = files.SelectMany(f => f.Cases.Select(c => RunCase(rules, f, c))).ToList();
        var exercised = outcomes.SelectMany(o => o.Fired).ToHashSet(StringComparer.Ordinal);
        return new RuleTestReport(outcomes, exercised, rules.All.Count());
    }

    private static RuleTestOutcome RunCase(RuleSet rules, RuleTestFile file, RuleTestCase testCase)
    {
        if (testCase.MasterFileChange is { } change)
        {
            return RunImpactCase(rules, file, testCase, change);
        }

        var market = AssessmentEngine.Assess(testCase.Input, rules, testCase.AsOf).Markets.Single();
        var decision = market.Changes.Single();
        var fired = decision.AllRules.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var expect = testCase.Expect;
        var failures = new List<string>();
        if (expect.Procedure is { } procedure && procedure != decision.Procedure)
        {
            failures.Add($"procedure: expected {procedure}, got {decision.Procedure}{(decision.Unclassified ? " (no rule classified the change)" : "")}");
        }

        var codes = decision.Codes.Select(c => c.Code).ToList();
        if (expect.Codes is { } expectedCodes && !expectedCodes.SequenceEqual(codes))
        {
            failures.Add($"codes: expected [{string.Join(", ", expectedCodes)}], got [{string.Join(", ", codes)}]");
        }

        var evidence = market.Evidence.ToDictionary(e => e.Kind, StringComparer.Ordinal);
        failures.AddRange(expect.Evidence.Where(k => !evidence.ContainsKey(k)).Select(k => $"evidence: {k} was not asked for (asked: {string.Join(", ", evidence.Keys)})"));
        failures.AddRange(expect.SatisfiedByMasterFile
            .Where(k => evidence.GetValueOrDefault(k)?.SatisfiedBy != RuleTestReader.MasterFileId)
            .Select(k => evidence.ContainsKey(k) ? $"master file: {k} is not supplied by the master file" : $"master file: {k} is not asked for, so no master file can supply it"));
        failures.AddRange(expect.Fires.Where(r => !fired.Contains(r.Rule)).Select(r => $"fires: {r.Rule} did not fire"));
        failures.AddRange(expect.NotFires.Where(r => fired.Contains(r.Rule)).Select(r => $"not-fires: {r.Rule} fired"));
        return new RuleTestOutcome(file, testCase, failures, fired);
    }

    private static RuleTestOutcome RunImpactCase(RuleSet rules, RuleTestFile file, RuleTestCase testCase, Impact.MasterFileChange change)
    {
        var failures = new List<string>();
        var impact = Impact.ImpactAssessor.Assess("test", testCase.Input, rules, RuleTestReader.MasterFileId, change, testCase.AsOf);
        if (impact is null)
        {
            return new RuleTestOutcome(file, testCase, ["master-file-change: the case needs a master-file"], []);
        }

        var market = impact.Markets.Single();
        var fired = market.Rules.Select(r => r.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var expect = testCase.Expect;
        if (expect.Procedure is { } procedure && procedure != market.Procedure)
        {
            failures.Add($"procedure: expected {procedure}, got {market.Procedure}{(market.Unclassified ? " (no rule decided)" : "")}");
        }

        if (expect.Codes is { } codes && !codes.SequenceEqual(market.Codes))
        {
            failures.Add($"codes: expected [{string.Join(", ", codes)}], got [{string.Join(", ", market.Codes)}]");
        }

        failures.AddRange(expect.Fires.Where(r => !fired.Contains(r.Rule)).Select(r => $"fires: {r.Rule} did not fire"));
        failures.AddRange(expect.NotFires.Where(r => fired.Contains(r.Rule)).Select(r => $"not-fires: {r.Rule} fired"));
        return new RuleTestOutcome(file, testCase, failures, fired);
    }
}

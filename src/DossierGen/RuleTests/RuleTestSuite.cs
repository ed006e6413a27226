using DossierGen.Diagnostics;
using DossierGen.Rules;

namespace DossierGen.RuleTests;

/// <summary>Finds and reads the test file beside each rules file, and checks that every rule id a case names exists in its market.</summary>
public static class RuleTestSuite
{
    /// <summary>The test files that read without a fault; faults of the others are added to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<RuleTestFile> Load(string rulesDirectory, RuleSet rules, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var files = new List<RuleTestFile>();
        foreach (var ruleFile in rules.Files)
        {
            var testPath = TestPathFor(ruleFile.Path);
            if (File.Exists(testPath) && RuleTestReader.Read(testPath, ruleFile.Path, ruleFile.Market, local) is { } tests)
            {
                files.Add(tests);
            }
        }

        foreach (var orphan in RuleSetLoader.MarketFolders
            .Select(f => Path.Combine(rulesDirectory, f))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.test.yaml"))
            .Where(t => !File.Exists(t[..^".test.yaml".Length] + ".yaml"))
            .Order(StringComparer.Ordinal))
        {
            local.Error(DiagnosticCodes.TestWithoutRuleFile, SourceLocation.StartOf(orphan), $"no rules file '{Path.GetFileName(orphan[..^".test.yaml".Length])}.yaml' beside this test file");
        }

        var valid = files.Where(file => NamesOnlyKnownRules(file, rules, local)).ToList();
        diagnostics.AddRange(local.Sorted());
        return valid;
    }

    /// <summary>True when every rule id the file's cases name is a rule of its market; each unknown id is a diagnostic.</summary>
    public static bool NamesOnlyKnownRules(RuleTestFile file, RuleSet rules, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var known = rules.All.Where(r => r.Market == file.Market).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = file.Cases.SelectMany(c => c.Expect.Fires.Concat(c.Expect.NotFires)).Where(x => !known.Contains(x.Rule)).ToList();
        foreach (var (id, location) in unknown)
        {
            diagnostics.Error(DiagnosticCodes.TestNamesUnknownRule, location, $"no {file.Market} rule has id '{id}'{NearMiss.Hint(id, known)}");
        }

        return unknown.Count == 0;
    }

    /// <summary>The rules file a test file belongs to: <c>name.test.yaml</c> tests <c>name.yaml</c>.</summary>
    public static string RulesPathFor(string testFile)
    {
        ArgumentNullException.ThrowIfNull(testFile);
        return testFile.EndsWith(".test.yaml", StringComparison.Ordinal) ? testFile[..^".test.yaml".Length] + ".yaml" : testFile + ".rules.yaml";
    }

    public static string TestPathFor(string rulesFile)
    {
        ArgumentNullException.ThrowIfNull(rulesFile);
        return rulesFile[..^".yaml".Length] + ".test.yaml";
    }
}

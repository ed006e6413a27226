using DossierGen.Diagnostics;
using DossierGen.Rules.Lint;
using DossierGen.RuleTests;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Rules;

/// <summary>
/// The rule test cases beside every rules file, one test row each, so <c>dotnet test</c> runs the
/// rule suites as well as <c>dossiergen rules test</c> does; and the repository's rules lint clean.
/// </summary>
public sealed class RuleSuiteTests
{
    private static readonly Lazy<RuleTestReport> Report = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var files = RuleTestSuite.Load(RepositoryPaths.Rules, RepositoryRules.Set, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        }

        return RuleTestRunner.Run(RepositoryRules.Set, files);
    });

    public static TheoryData<string, int> Cases
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var group in Report.Value.Outcomes.GroupBy(o => o.File.Path))
            {
                var index = 0;
                foreach (var _ in group)
                {
                    data.Add(Path.GetRelativePath(RepositoryPaths.Rules, group.Key), index++);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RuleTestCasePasses(string testFile, int index)
    {
        var outcome = Report.Value.Outcomes.Where(o => Path.GetRelativePath(RepositoryPaths.Rules, o.File.Path) == testFile).ElementAt(index);

        Assert.True(outcome.Passed, $"{outcome.Case.Location}: {outcome.Case.Note}\n  " + string.Join("\n  ", outcome.Failures));
    }

    [Fact]
    public void EveryRuleFiresInSomeCase()
    {
        var silent = RepositoryRules.Set.All.Select(r => r.Id).Where(id => !Report.Value.Exercised.Contains(id)).ToList();

        Assert.Empty(silent);
    }

    [Fact]
    public void TheRepositorysRulesLintClean()
    {
        var diagnostics = new DiagnosticBag();

        RuleLinter.Lint(RepositoryPaths.Rules, diagnostics);

        Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
    }
}

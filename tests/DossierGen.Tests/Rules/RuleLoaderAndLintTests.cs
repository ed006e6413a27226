using DossierGen.Diagnostics;
using DossierGen.Rules;
using DossierGen.Rules.Lint;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Rules;

public sealed class RuleLoaderAndLintTests
{
    private const string Header = "format: dossiergen/rules@1\nmarket: US\nrules:\n";

    private static string Rule(string id, string when, string procedure, string stage = "marketed") => $"""
          - id: {id}
            title: Test rule {id}
            stage: {stage}
            when:
        {Indent(when, 6)}
            then:
              procedure: {procedure}
            citations:
              - document: Test citation
        """;

    private static string Indent(string text, int spaces) => string.Join("\n", text.Split('\n').Select(l => new string(' ', spaces) + l));

    private static IReadOnlyList<Diagnostic> Lint(RuleFolder folder)
    {
        var diagnostics = new DiagnosticBag();
        RuleLinter.Lint(folder.Path, diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void AnUnknownFactIsALocatedErrorWithASuggestion()
    {
        using var folder = new RuleFolder();
        var file = folder.Write("fda/a.yaml", Header + Rule("R1", "fact: change.opration\nequals: manufacturing", "PAS"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(RuleSetLoader.Load(folder.Path, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.UnknownFact, error.Code);
        Assert.Equal((file, 8, 13), (error.Location.Path, error.Location.Line, error.Location.Column));
        Assert.Contains("did you mean 'change.operation'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fact: change.operation\nequals: manufacture", DiagnosticCodes.UnknownFactValue)]
    [InlineData("fact: change.viral-clearance\nequals: yes", DiagnosticCodes.OperandTypeMismatch)]
    [InlineData("fact: change.scale-factor\nequals: 10", DiagnosticCodes.OperandTypeMismatch)]
    [InlineData("fact: change.kind\nequal: site", DiagnosticCodes.UnknownOperator)]
    [InlineData("fact: master-file.filed\nequals: true", DiagnosticCodes.FactOutOfScope)]
    [InlineData("all: []", DiagnosticCodes.MalformedCondition)]
    [InlineData("all:\n  - fact: change.kind\n    equals: site\n  - fact: change.nature\n    equals: tighten", DiagnosticCodes.UnknownFactValue)]
    public void AFaultyConditionIsRefusedWithItsCode(string when, string code)
    {
        using var folder = new RuleFolder();
        folder.Write("fda/a.yaml", Header + Rule("R1", when, "PAS"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(RuleSetLoader.Load(folder.Path, diagnostics));
        Assert.Contains(diagnostics.Sorted(), d => d.Code == code);
    }

    [Fact]
    public void AProcedureOfAnotherMarketOrStageIsRefused()
    {
        using var folder = new RuleFolder();
        folder.Write("fda/a.yaml", Header + Rule("R1", "fact: change.kind\nequals: site", "II"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(RuleSetLoader.Load(folder.Path, diagnostics));
        Assert.Equal(DiagnosticCodes.InvalidProcedure, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void DuplicateRuleIdsAcrossFilesAreRefused()
    {
        using var folder = new RuleFolder();
        folder.Write("fda/a.yaml", Header + Rule("R1", "fact: change.kind\nequals: site", "PAS"));
        folder.Write("fda/b.yaml", Header + Rule("R1", "fact: change.kind\nequals: scale", "PAS"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(RuleSetLoader.Load(folder.Path, diagnostics));
        Assert.Equal(DiagnosticCodes.DuplicateRuleId, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void AFileWhoseMarketDiffersFromItsFolderIsRefused()
    {
        using var folder = new RuleFolder();
        folder.Write("ema/a.yaml", Header + Rule("R1", "fact: change.kind\nequals: site", "PAS"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(RuleSetLoader.Load(folder.Path, diagnostics));
        Assert.Equal(DiagnosticCodes.RuleFileInWrongFolder, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void LintWarnsWhenTheJapaneseSummaryWouldShowAPmdaRuleInEnglish()
    {
        using var folder = new RuleFolder();
        var japanese = Rule("JP-1", "fact: change.kind\nequals: site", "PCA").Replace("    title: Test rule JP-1\n", "    title: Test rule JP-1\n    title-ja: 試験規則\n    verify: true\n", StringComparison.Ordinal);
        var english = Rule("JP-2", "fact: change.kind\nequals: scale", "PCA").Replace("    title: Test rule JP-2\n", "    title: Test rule JP-2\n    verify: true\n", StringComparison.Ordinal)
            .Replace("      procedure: PCA\n", "      procedure: PCA\n      findings:\n        - severity: info\n          message: English only.\n", StringComparison.Ordinal);
        folder.Write("pmda/a.yaml", "format: dossiergen/rules@1\nmarket: JP\nrules:\n" + japanese + "\n" + english);

        var warnings = Lint(folder).Where(d => d.Code == DiagnosticCodes.JapaneseTextMissing).ToList();

        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(DiagnosticSeverity.Warning, w.Severity));
        Assert.Contains(warnings, w => w.Message.Contains("rule JP-2 has no title-ja", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("rule JP-2 has a finding without message-ja", StringComparison.Ordinal));
    }

    [Fact]
    public void LintReportsKindsNoRuleClassifies()
    {
        using var folder = new RuleFolder();
        folder.Write("fda/a.yaml", Header + Rule("R1", "not:\n  fact: change.kind\n  equals: scale", "PAS"));

        var gaps = Lint(folder).Where(d => d.Code == DiagnosticCodes.UnclassifiedSituation && d.Message.Contains("marketed", StringComparison.Ordinal)).ToList();

        var gap = Assert.Single(gaps);
        Assert.Contains("kind scale", gap.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LintReportsOverlappingRulesThatNeitherIsMoreSpecificThan()
    {
        using var folder = new RuleFolder();
        folder.Write("fda/a.yaml", Header
            + Rule("R1", "fact: change.in-dossier\nequals: true", "PAS") + "\n"
            + Rule("R2", "fact: change.kind\nequals: site", "CBE-30") + "\n"
            + Rule("R3", "fact: change.in-dossier\nequals: false", "AR"));

        var overlaps = Lint(folder).Where(d => d.Code == DiagnosticCodes.OverlappingRules).ToList();

        Assert.Contains(overlaps, d => d.Message.StartsWith("rules R1 (PAS) and R2 (CBE-30", StringComparison.Ordinal));
        Assert.Contains(overlaps, d => d.Message.StartsWith("rules R2 (CBE-30) and R3 (AR", StringComparison.Ordinal));
    }

    [Fact]
    public void LintReportsASpecificRuleShadowedByAHeavierGeneralOne()
    {
        using var folder = new RuleFolder();
        folder.Write("fda/a.yaml", Header
            + Rule("GENERAL", "fact: change.in-dossier\nequals: true", "PAS") + "\n"
            + Rule("SPECIFIC", "all:\n  - fact: change.in-dossier\n    equals: true\n  - fact: change.kind\n    equals: site", "AR") + "\n"
            + Rule("REST", "fact: change.in-dossier\nequals: false", "AR"));

        var shadowed = Assert.Single(Lint(folder), d => d.Code == DiagnosticCodes.ShadowedRule);

        Assert.Contains("SPECIFIC (AR) only fires where GENERAL (PAS) fires", shadowed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASpecificRuleWithAHeavierProcedureIsNotAnOverlap()
    {
        using var folder = new RuleFolder();
        folder.Write("fda/a.yaml", Header
            + Rule("GENERAL", "fact: change.in-dossier\nequals: true", "AR") + "\n"
            + Rule("SPECIFIC", "all:\n  - fact: change.in-dossier\n    equals: true\n  - fact: change.kind\n    equals: site", "PAS") + "\n"
            + Rule("REST", "fact: change.in-dossier\nequals: false", "AR"));

        Assert.DoesNotContain(Lint(folder), d => d.Code is DiagnosticCodes.ShadowedRule or DiagnosticCodes.OverlappingRules);
    }

    [Fact]
    public void LintWantsEveryRuleTestedBothWays()
    {
        using var folder = new RuleFolder();
        folder.Write("fda/a.yaml", Header + Rule("R1", "fact: change.in-dossier\nequals: true", "PAS") + "\n" + Rule("R2", "fact: change.in-dossier\nequals: false", "AR"));
        folder.Write("fda/a.test.yaml", """
            format: dossiergen/rule-tests@1
            as-of: 2026-06-01
            cases:
              - note: in the dossier
                stage: marketed
                change: { kind: administrative, nature: site-name-or-address }
                expect: { procedure: PAS, fires: [R1], not-fires: [R2] }
            """);

        var untested = Lint(folder).Where(d => d.Code == DiagnosticCodes.RuleWithoutTests).ToList();

        Assert.Equal(2, untested.Count);
        Assert.Contains(untested, d => d.Message.StartsWith("rule R1 has no case where it does not fire", StringComparison.Ordinal));
        Assert.Contains(untested, d => d.Message.StartsWith("rule R2 has no case where it fires", StringComparison.Ordinal));
    }
}

using DossierGen.Assessment;
using DossierGen.Inputs;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Assessment;

public sealed class AssessmentEngineTests
{
    private static readonly DateOnly Day = new(2026, 6, 1);

    private static string Change(string changes, string extra = "") => $"""
        format: dossiergen/change@1
        id: CC-1
        {Scenario.ThreeMarketProduct}
        changes:
        {changes}
        {extra}
        """;

    private const string SiteChange = """
          - id: C1
            kind: site
            material: drug-substance
            summary: New site
            operation: manufacturing
            action: add
        """;

    private const string AddressChange = """
          - id: C2
            kind: administrative
            summary: Renamed
            nature: site-name-or-address
        """;

    private static RuleFolder UsRules(params string[] rules)
    {
        var folder = new RuleFolder();
        folder.Write("fda/a.yaml", "format: dossiergen/rules@1\nmarket: US\nrules:\n" + string.Join("\n", rules));
        return folder;
    }

    private static string Rule(string id, string kind, string procedure, string extra = "", string phase = "classify") => $"""
          - id: {id}
            title: {id}
            stage: marketed
            phase: {phase}
            when:
              all:
                - fact: change.kind
                  equals: {kind}
        {extra}
            then:
              procedure: {procedure}
              evidence:
                - kind: stability
                  purpose: Stability for {id}.
            citations:
              - document: Test
        """;

    [Fact]
    public void TheMostBurdensomeProcedureAmongFiringRulesWins()
    {
        using var rules = UsRules(Rule("LIGHT", "site", "CBE-30"), Rule("HEAVY", "site", "PAS"), Rule("ADMIN", "administrative", "AR"));

        var us = Scenario.Assess(Change(SiteChange + "\n" + AddressChange, "markets: [US]"), rules, Day).Markets.Single();

        Assert.Equal("PAS", us.Changes[0].Procedure);
        Assert.Equal(["HEAVY", "LIGHT"], us.Changes[0].Rules.Select(r => r.Id));
        Assert.Equal("AR", us.Changes[1].Procedure);
        Assert.Equal("PAS", us.Procedure);
    }

    [Fact]
    public void AChangeNoRuleClassifiesGetsTheMostBurdensomeProcedureAndAWarning()
    {
        using var rules = UsRules(Rule("ADMIN", "administrative", "AR"));
        rules.Write("ema/a.yaml", "format: dossiergen/rules@1\nmarket: EU\nrules:\n" + Rule("EU-ADMIN", "administrative", "IA").Replace("\n", "\n", StringComparison.Ordinal));

        var assessment = Scenario.Assess(Change(SiteChange, "markets: [US, EU]"), rules, Day);

        var us = assessment.Markets[0].Changes.Single();
        var eu = assessment.Markets[1].Changes.Single();
        Assert.Equal(("PAS", true), (us.Procedure, us.Unclassified));
        Assert.Equal("IB", eu.Procedure);
        Assert.Contains(assessment.Markets[0].Findings, f => f is { Severity: "warning", Rule: null, Change: "C1" } && f.Message.Contains("no US marketed rule classifies change C1", StringComparison.Ordinal));
        Assert.Contains(assessment.Markets[0].Findings, f => f.MessageJa is { } ja && ja.Contains("変更 C1（種類 site）を区分する規則がない", StringComparison.Ordinal) && ja.Contains("PAS", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAdjustRuleLowersTheProcedureOnlyForTheChangesAnAgreementCovers()
    {
        const string adjust = """
                - fact: change.covered-by-agreement
                  equals: true
                - fact: decision.procedure
                  equals: PAS
        """;
        using var rules = UsRules(Rule("SITE", "site", "PAS"), Rule("CP", "site", "CBE-30", adjust, phase: "adjust"));
        var changes = SiteChange + "\n" + SiteChange.Replace("C1", "C3", StringComparison.Ordinal);
        const string agreement = """
            markets: [US]
            agreements:
              - kind: comparability-protocol
                market: US
                reference: BLA 1/S-1
                approved: 2025-01-01
                covers: [C1]
            """;

        var us = Scenario.Assess(Change(changes, agreement), rules, Day).Markets.Single();

        Assert.Equal(("CBE-30", "PAS"), (us.Changes[0].Procedure, us.Changes[0].ClassifiedProcedure));
        Assert.Equal("PAS", us.Changes[1].Procedure);
        Assert.Equal("PAS", us.Procedure);
    }

    [Fact]
    public void EuCodesAreThoseInForceOnTheEvaluationDate()
    {
        using var rules = new RuleFolder();
        rules.Write("ema/a.yaml", """
            format: dossiergen/rules@1
            market: EU
            rules:
              - id: EU-SITE
                title: site
                stage: marketed
                when: { fact: change.kind, equals: site }
                then:
                  procedure: II
                  codes:
                    - { code: B.I.a.1.e, until: 2026-01-14 }
                    - { code: Q.I.a.1, from: 2026-01-15, verify: true }
                citations: [{ document: Test }]
            """);
        var change = Change(SiteChange, "markets: [EU]");

        var before = Scenario.Assess(change, rules, new DateOnly(2026, 1, 14)).Markets.Single().Changes.Single();
        var after = Scenario.Assess(change, rules, new DateOnly(2026, 1, 15)).Markets.Single().Changes.Single();

        Assert.Equal(["B.I.a.1.e"], before.Codes.Select(c => c.Code));
        Assert.False(before.Verify);
        Assert.Equal(["Q.I.a.1"], after.Codes.Select(c => c.Code));
        Assert.True(after.Verify);
    }

    [Fact]
    public void EvidenceIsMergedByKindWithTheChangesAndRulesThatAskedForIt()
    {
        using var rules = UsRules(Rule("SITE", "site", "PAS"), Rule("ADMIN", "administrative", "AR"));

        var us = Scenario.Assess(Change(SiteChange + "\n" + AddressChange, "markets: [US]"), rules, Day).Markets.Single();

        var stability = Assert.Single(us.Evidence);
        Assert.Equal("stability", stability.Kind);
        Assert.Equal(["C1", "C2"], stability.Changes);
        Assert.Equal(["ADMIN", "SITE"], stability.Rules);
        Assert.Null(stability.SatisfiedBy);
    }

    private const string NotingRule = """
          - id: NOTE
            title: NOTE
            stage: marketed
            when:
              fact: change.kind
              in: [{0}]
            then:
              findings:
                - severity: info
                  message: Tell the agency once.
            citations:
              - document: Test
        """;

    [Fact]
    public void AFindingSeveralChangesRaiseIsListedOncePerMarketNamingEveryChange()
    {
        using var rules = UsRules(Rule("SITE", "site", "PAS"), Rule("ADMIN", "administrative", "AR"), NotingRule.Replace("{0}", "site, administrative", StringComparison.Ordinal));

        var assessment = Scenario.Assess(Change(SiteChange + "\n" + AddressChange, "markets: [US]"), rules, Day);

        var finding = Assert.Single(assessment.Markets.Single().Findings, f => f.Rule == "NOTE");
        Assert.Equal(["C1", "C2"], finding.Changes);
        var json = System.Text.Json.Nodes.JsonNode.Parse(AssessmentJsonWriter.Write(assessment))!;
        var written = json["markets"]![0]!["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "NOTE")!;
        Assert.Equal(["C1", "C2"], written["changes"]!.AsArray().Select(c => (string?)c));
        Assert.Null(written["change"]);
    }

    [Fact]
    public void AFindingOneChangeRaisesNamesThatChangeAlone()
    {
        using var rules = UsRules(Rule("SITE", "site", "PAS"), Rule("ADMIN", "administrative", "AR"), NotingRule.Replace("{0}", "site", StringComparison.Ordinal));

        var assessment = Scenario.Assess(Change(SiteChange + "\n" + AddressChange, "markets: [US]"), rules, Day);

        var finding = Assert.Single(assessment.Markets.Single().Findings, f => f.Rule == "NOTE");
        Assert.Equal("C1", finding.Change);
        Assert.Equal(["C1"], finding.Changes);
        var json = System.Text.Json.Nodes.JsonNode.Parse(AssessmentJsonWriter.Write(assessment))!;
        var written = json["markets"]![0]!["findings"]!.AsArray().Single(f => (string?)f!["rule"] == "NOTE")!;
        Assert.Equal("C1", (string?)written["change"]);
        Assert.Null(written["changes"]);
    }

    [Fact]
    public void TheEvaluationDateIsAsOfThenImplementationDateThenToday()
    {
        var withDate = Scenario.Read(Change(AddressChange, "implementation-date: 2027-03-01"));
        var withoutDate = Scenario.Read(Change(AddressChange));
        var today = new DateOnly(2026, 11, 21);

        Assert.Equal(new DateOnly(2026, 1, 1), AssessmentEngine.EvaluationDate(new DateOnly(2026, 1, 1), withDate, today));
        Assert.Equal(new DateOnly(2027, 3, 1), AssessmentEngine.EvaluationDate(null, withDate, today));
        Assert.Equal(today, AssessmentEngine.EvaluationDate(null, withoutDate, today));
    }

    [Fact]
    public void ProcedureScalesFollowTheContract()
    {
        Assert.Equal(["PAS", "CBE-30", "CBE-0", "AR", "NONE"], ProcedureScale.For(Market.US, Stage.Marketed).Procedures);
        Assert.Equal(["SM", "NSM"], ProcedureScale.For(Market.EU, Stage.Clinical).Procedures);
        Assert.Equal("IB", ProcedureScale.For(Market.EU, Stage.Marketed).Unclassified);
        Assert.Equal("CTN-CHANGE", ProcedureScale.For(Market.JP, Stage.Clinical).Unclassified);
        Assert.Equal("PCA", ProcedureScale.For(Market.JP, Stage.Marketed).Heavier("MCN", "PCA"));
        Assert.Equal(["PCA", "CHANGE-PLAN-CONFIRMATION", "PLAN-NOTIFICATION", "MCN", "NONE"], ProcedureScale.For(Market.JP, Stage.Marketed).Procedures);
    }
}

using DossierGen.Inputs;
using DossierGen.Registration;
using DossierGen.Rules;

namespace DossierGen.Assessment;

/// <summary>
/// What a market's registration does to a change's decision (fact base 8): a change that leaves
/// the registration as it is needs no filing, and an established condition's agreed reporting
/// category replaces the rules' default. Each says why in a finding.
/// </summary>
internal static class RegistrationOutcome
{
    private static readonly DateOnly QCodesFrom = new(2026, 1, 15);

    /// <summary>The change leaves this market's registration as it is: nothing is filed, and no classification rule applies.</summary>
    public static ChangeDecision NoFiling(Change change, DerivedRegistration derived, string reason, ProcedureScale scale, List<Finding> findings)
    {
        findings.Add(new Finding("info", null, NoFilingMessage(change, derived, reason, scale), change.Id, NoFilingMessageJa(change, derived, reason)));
        return new ChangeDecision(change.Id, scale.Lightest, [], [], scale.Lightest, false) { Registration = derived, RegistrationTrace = reason };
    }

    public static ChangeDecision Apply(ChangeDecision decision, Change change, DerivedRegistration? derived, ProcedureScale scale, DateOnly asOf, List<Finding> findings)
    {
        if (derived is null)
        {
            return decision;
        }

        if (derived.WithinRange)
        {
            findings.Add(new Finding("info", null, NoFilingMessage(change, derived, RegistrationTraces.WithinRange, scale), change.Id, NoFilingMessageJa(change, derived, RegistrationTraces.WithinRange)));
            return decision with { Registration = derived, RegistrationTrace = RegistrationTraces.WithinRange };
        }

        if (!derived.EcApplies)
        {
            return decision with { Registration = derived };
        }

        var agreed = derived.Registration.ReportingCategory!;
        var trace = agreed == decision.Procedure ? RegistrationTraces.ConfirmedByEc
            : scale.Heavier(agreed, decision.Procedure) == agreed ? RegistrationTraces.RaisedByEc
            : RegistrationTraces.LoweredByEc;
        var codes = scale.Market == Market.EU ? PlcmCodes(agreed, derived.Element.Material, asOf) : decision.Codes;
        findings.Add(new Finding(
            "info",
            null,
            $"{derived.Element.Name} ('{derived.Element.Id}') is an established condition in {scale.Market}: the reporting category agreed in the PLCM, {agreed}, replaces the rules' {decision.Procedure} ({trace}; ICH Q12 (2019) chapters 3 and 5, established conditions and the PLCM; fact base 8.1-8.3)",
            change.Id,
            $"{derived.Element.Name}（{derived.Element.Id}）は既承認事項（ICH Q12 の確立された条件）であり、PLCM で合意した区分 {agreed} が規則による区分 {decision.Procedure} に代わる（{trace}）。"));
        return decision with { Procedure = agreed, Codes = codes, Registration = derived, RegistrationTrace = trace, ProcedureBeforeEc = decision.Procedure };
    }

    /// <summary>
    /// C/2025/5045 Q.I.e.7 (changes to the active substance in line with an approved PLCM, fact base
    /// 8.3, confirmed); the finished-product analogue sits in Q.II.g with its number unconfirmed. The
    /// 2013 guideline has no PLCM code, so none is given before 15 Jan 2026.
    /// </summary>
    private static List<CodeAssignment> PlcmCodes(string procedure, string? material, DateOnly asOf)
    {
        var letter = procedure switch { "II" => "a", "IA" => "b", "IA-IN" => "c", "IB" => "d", _ => null };
        if (letter is null || asOf < QCodesFrom)
        {
            return [];
        }

        return material == "drug-product"
            ? [new CodeAssignment($"Q.II.g.7.{letter}", QCodesFrom, null, Verify: true)]
            : [new CodeAssignment($"Q.I.e.7.{letter}", QCodesFrom, null, Verify: false)];
    }

    private static string Where(DerivedRegistration derived, Market market) => market switch
    {
        Market.JP => "the Japanese approval form",
        _ => $"the {market} dossier",
    };

    private static string NoFilingMessage(Change change, DerivedRegistration derived, string reason, ProcedureScale scale)
    {
        var element = $"{derived.Element.Name} ('{derived.Element.Id}')";
        var registered = derived.Registration.Value.Describe();
        var proposed = derived.Proposed.Describe();
        var market = scale.Market;
        var nothing = scale.Lightest == "NONE" ? "nothing is filed" : $"nothing is submitted ({scale.Lightest})";
        return reason switch
        {
            RegistrationTraces.WithinRange => $"change {change.Id}: the proposed {proposed} lies within the range {market} registered for {element}, {registered}; a move inside a registered range is not a change to a registered detail, so {nothing} in {market} (fact base 8.5)",
            RegistrationTraces.Unchanged => $"change {change.Id}: {market} already registered {registered} for {element}, which is what the change proposes; its registration does not change, so {nothing} in {market} (fact base 8.5)",
            RegistrationTraces.NotInDossier => $"change {change.Id}: {Where(derived, market)} does not describe {element}; the change is managed under the quality system's change control{(market == Market.JP ? " (GCTP)" : "")} and {nothing} in {market} (fact base 8.1, 8.4)",
            _ => $"change {change.Id}: {element} is not an established condition in {market}, whose PLCM lists established conditions for the {derived.Element.Type} elements of the {derived.Element.Material ?? "product"}; as supportive information its change is managed in the PQS and {nothing} in {market} (ICH Q12 (2019) chapter 3; fact base 8.1)",
        };
    }

    private static string NoFilingMessageJa(Change change, DerivedRegistration derived, string reason) => reason switch
    {
        RegistrationTraces.WithinRange => $"変更 {change.Id}：提案値 {derived.Proposed.Describe()} は承認された範囲 {derived.Registration.Value.Describe()} の内にあり、承認事項の変更ではないため、届出は不要。",
        RegistrationTraces.Unchanged => $"変更 {change.Id}：提案値は承認済みの値 {derived.Registration.Value.Describe()} と同じであり、届出は不要。",
        RegistrationTraces.NotInDossier => $"変更 {change.Id}：{derived.Element.Name} は承認書に記載がなく、GCTP の変更管理で扱う。一変・軽微届は不要。",
        _ => $"変更 {change.Id}：{derived.Element.Name} は確立された条件ではなく、医薬品品質システムで管理する。届出は不要。",
    };
}

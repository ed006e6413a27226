using DossierGen.Diagnostics;
using DossierGen.Registration;

namespace DossierGen.Cli;

/// <summary>The registration part of an explanation: the element, what each market registered, and every fact derived from it.</summary>
internal static class RegistrationWriter
{
    public static void Write(TextWriter output, DerivedRegistration derived, string? trace)
    {
        var element = derived.Element;
        output.WriteLine($"  Registered element {DisplayText.Escape(element.Id)} ({element.Type}{(element.Material is null ? "" : ", " + element.Material)}): {DisplayText.Escape(element.Name)}");
        foreach (var market in element.Markets)
        {
            var where = market.ApprovalForm is { } form ? $"approval form: {form}" : $"in dossier: {YesNo(market.InDossier)}";
            var ec = market.EstablishedCondition ? $"established condition, agreed category {market.ReportingCategory ?? "none agreed"}" : "not an established condition";
            output.WriteLine($"    {market.Market}: {DisplayText.Escape(market.Value.Describe())}{(market.OwnValue ? " (the market's own value)" : "")}; {where}; {ec}");
        }

        output.WriteLine($"    proposed: {DisplayText.Escape(derived.Proposed.Describe())}");
        output.WriteLine($"    derived for {derived.Registration.Market}: {derived.Direction}; within the approved range: {YesNo(derived.WithinRange)}; in this market's dossier: {YesNo(derived.Registration.InDossier)}; established condition: {YesNo(derived.Registration.EstablishedCondition)}; ECs approved for this area: {YesNo(derived.AreaHasEcs)}");
        if (derived.Overrides.Count > 0)
        {
            output.WriteLine($"    facts derived for the rules: {string.Join(", ", derived.Overrides.Select(o => $"change.{o.Key} = {o.Value}"))}");
        }

        if (trace is not null)
        {
            output.WriteLine($"    registration decides: {trace}");
        }
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}

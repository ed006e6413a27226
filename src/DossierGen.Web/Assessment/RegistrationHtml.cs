using System.Globalization;
using System.Text;
using DossierGen.Registration;
using DossierGen.Web.Pages;

namespace DossierGen.Web.Assessment;

/// <summary>The registration part of an explanation, as <c>explain</c> prints it: the element, what each market registered, and what was derived from it.</summary>
internal static class RegistrationHtml
{
    public static string Render(DerivedRegistration derived, string? trace)
    {
        var element = derived.Element;
        var markets = new StringBuilder();
        foreach (var market in element.Markets)
        {
            var where = market.ApprovalForm is { } form ? $"approval form: {form}" : $"in dossier: {YesNo(market.InDossier)}";
            var ec = market.EstablishedCondition ? $"established condition, agreed category {market.ReportingCategory ?? "none agreed"}" : "not an established condition";
            markets.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\">{market.Market}</th><td>{Html.Text(market.Value.Describe())}{(market.OwnValue ? " <span class=\"muted\">(the market's own value)</span>" : "")}</td><td>{Html.Text(where)}</td><td>{Html.Text(ec)}</td></tr>\n");
        }

        var facts = derived.Overrides.Count == 0 ? "" : $"<li>facts derived for the rules: <span class=\"code\">{Html.Text(string.Join(", ", derived.Overrides.Select(o => $"change.{o.Key} = {o.Value}")))}</span></li>";
        return $"""
            <h2>Registered element</h2>
            <p><span class="code">{Html.Text(element.Id)}</span> ({element.Type}{(element.Material is null ? "" : ", " + Html.Text(element.Material))}): {Html.Text(element.Name)}</p>
            <table class="grid" aria-label="What each market registered">
            <thead><tr><th scope="col">Market</th><th scope="col">Registered</th><th scope="col">Where</th><th scope="col">Established condition</th></tr></thead>
            <tbody>
            {markets}</tbody></table>
            <ul>
            <li>proposed: {Html.Text(derived.Proposed.Describe())}</li>
            <li>derived for {derived.Registration.Market}: {derived.Direction}; within the approved range: {YesNo(derived.WithinRange)}; in this market's dossier: {YesNo(derived.Registration.InDossier)}; established condition: {YesNo(derived.Registration.EstablishedCondition)}; ECs approved for this area: {YesNo(derived.AreaHasEcs)}</li>
            {facts}
            {(trace is null ? "" : $"<li>registration decides: <strong>{Html.Text(trace)}</strong></li>")}
            </ul>
            """;
    }

    private static string YesNo(bool value) => value ? "yes" : "no";
}

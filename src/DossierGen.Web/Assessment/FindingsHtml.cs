using System.Globalization;
using System.Text;
using DossierGen.Web.Pages;

namespace DossierGen.Web.Assessment;

/// <summary>
/// The findings per market, and the verify items: every decision and evidence item that rests on a
/// point the fact base marks unconfirmed, which a regulatory reviewer must check before filing.
/// </summary>
internal static class FindingsHtml
{
    public static string Findings(AssessedChange assessed)
    {
        var items = new StringBuilder();
        foreach (var market in assessed.Assessment.Markets)
        {
            foreach (var finding in market.Findings)
            {
                var about = finding.Changes.Count == 0 ? "" : $" <span class=\"muted\">({Html.Text(string.Join(", ", finding.Changes))})</span>";
                var rule = finding.Rule is null ? "" : $" <span class=\"code muted\">{Html.Text(finding.Rule)}</span>";
                items.Append(CultureInfo.InvariantCulture, $"<li class=\"finding-{Html.Attribute(finding.Severity)}\"><strong>{market.Market} {Html.Text(finding.Severity)}</strong>{about}: {Html.Text(finding.Message)}{rule}</li>\n");
            }
        }

        return items.Length == 0 ? "<p>No findings.</p>" : $"<ul class=\"findings\">\n{items}</ul>";
    }

    public static string VerifyItems(AssessedChange assessed)
    {
        var items = new StringBuilder();
        foreach (var market in assessed.Assessment.Markets)
        {
            foreach (var decision in market.Changes.Where(d => d.Verify))
            {
                var points = decision.Rules.Where(r => r.Verify).Select(r => r.Id).Concat(decision.Codes.Where(c => c.Verify).Select(c => "code " + c.Code));
                items.Append(CultureInfo.InvariantCulture, $"<li><strong>{market.Market}</strong> {Html.Text(decision.Change)}: {Html.Text(decision.Procedure)} rests on {Html.Text(string.Join(", ", points))}</li>\n");
            }

            foreach (var item in market.Evidence.Where(e => e.Verify))
            {
                items.Append(CultureInfo.InvariantCulture, $"<li><strong>{market.Market}</strong> evidence {Html.Text(item.Kind)} (asked by {Html.Text(string.Join(", ", item.Rules))})</li>\n");
            }
        }

        return items.Length == 0 ? "<p>Nothing rests on an unconfirmed point.</p>" : $"<ul class=\"verify-items\">\n{items}</ul>";
    }
}

using System.Globalization;
using System.Text;
using DossierGen.Assessment;
using DossierGen.Web.Pages;

namespace DossierGen.Web.Assessment;

/// <summary>
/// The market × change matrix: a row per change, a column per market, each cell the procedure and
/// codes coloured by burden, with a link to the decision's explanation; the last row the filing
/// each market needs for the whole change file.
/// </summary>
internal static class DecisionMatrix
{
    public static string Render(AssessedChange assessed)
    {
        var assessment = assessed.Assessment;
        var head = new StringBuilder("<th scope=\"col\">Change</th>");
        foreach (var market in assessment.Markets)
        {
            head.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{market.Market} <span class=\"muted\">({AssessmentNames.Stage(market.Stage)})</span></th>");
        }

        var rows = new StringBuilder();
        foreach (var change in assessment.Description.Changes)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<tr><th scope=\"row\"><span class=\"code\">{Html.Text(change.Id)}</span> <span class=\"tag\">{Html.Text(change.Kind)}</span><br><span class=\"muted\">{Html.Text(change.Summary)}</span></th>");
            foreach (var market in assessment.Markets)
            {
                rows.Append(Cell(assessed, market, market.Changes.FirstOrDefault(d => d.Change == change.Id)));
            }

            rows.Append("</tr>\n");
        }

        rows.Append("<tr class=\"filing\"><th scope=\"row\">Filing for the change file</th>");
        foreach (var market in assessment.Markets)
        {
            rows.Append(CultureInfo.InvariantCulture, $"<td class=\"{BurdenColour.ClassOf(market.Market, market.Stage, market.Procedure)}\" data-market=\"{market.Market}\"><strong>{Html.Text(market.Procedure)}</strong></td>");
        }

        rows.Append("</tr>\n");
        return $"""
            <table class="grid matrix" aria-label="Procedure per market and change">
            <thead><tr>{head}</tr></thead>
            <tbody>
            {rows}</tbody></table>
            <p class="muted">Colour: green the lightest procedure of the market's scale, red the heaviest.</p>
            """;
    }

    private static string Cell(AssessedChange assessed, MarketAssessment market, ChangeDecision? decision)
    {
        if (decision is null)
        {
            return "<td class=\"muted\">not assessed</td>";
        }

        var codes = decision.Codes.Count == 0 ? "" : $"<br><span class=\"code\">{Html.Text(string.Join(", ", decision.Codes.Select(c => c.Code)))}</span>";
        var flags = (decision.Unclassified ? " <span class=\"verify\" title=\"No rule classifies this change; the most cautious procedure is assumed\">unclassified</span>" : "")
            + (decision.Verify ? " <span class=\"verify\" title=\"A rule or code behind this rests on a point the fact base marks unconfirmed\">verify</span>" : "");
        var link = ExplanationRoutes.Link(assessed, market.Market, decision.Change);
        return $"<td class=\"{BurdenColour.ClassOf(market.Market, market.Stage, decision.Procedure)}\" data-market=\"{market.Market}\" data-change=\"{Html.Attribute(decision.Change)}\">"
            + $"<strong class=\"procedure\">{Html.Text(decision.Procedure)}</strong>{codes}{flags}"
            + $"<br><a class=\"why\" href=\"{Html.Attribute(link)}\" aria-label=\"Why {Html.Attribute(decision.Procedure)} for {Html.Attribute(decision.Change)} in {market.Market}\">Why?</a></td>";
    }
}

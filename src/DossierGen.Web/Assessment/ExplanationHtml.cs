using System.Globalization;
using System.Text;
using DossierGen.Explain;
using DossierGen.Rules;
using DossierGen.Web.Pages;

namespace DossierGen.Web.Assessment;

/// <summary>
/// One decision's explanation, as <c>explain</c> prints it: the rules that fired grouped by role,
/// each with its citations and its conditions with the actual values; then the near misses, the
/// rules one condition away from firing (what would change the answer).
/// </summary>
internal static class ExplanationHtml
{
    public static string Render(ChangeExplanation explanation, string rulesDirectory)
    {
        var decision = explanation.Decision;
        var html = new StringBuilder();
        var codes = decision.Codes.Count == 0 ? "" : $" ({Html.Text(string.Join(", ", decision.Codes.Select(c => c.Verify ? c.Code + " [verify]" : c.Code)))})";
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"decision\"><strong>{explanation.Market}</strong> ({AssessmentNames.Stage(explanation.Stage)}), change <span class=\"code\">{Html.Text(decision.Change)}</span>: <strong class=\"procedure\">{Html.Text(decision.Procedure)}</strong>{codes}</p>\n");
        if (decision.Unclassified)
        {
            html.Append("<p class=\"verify\">No rule classifies this change; the most cautious procedure is assumed.</p>\n");
        }
        else if (decision.ClassifiedProcedure != decision.Procedure)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>Classified {Html.Text(decision.ClassifiedProcedure)}, then {Html.Text(decision.Procedure)}{(decision.RegistrationTrace is { } trace ? $" ({Html.Text(trace)})" : " by an approved agreement")}.</p>\n");
        }

        if (decision.Registration is { } registration)
        {
            html.Append(RegistrationHtml.Render(registration, decision.RegistrationTrace));
        }

        foreach (var group in explanation.Fired.GroupBy(Role))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Html.Text(group.Key)}</h2>\n<ul class=\"rules\">\n");
            foreach (var fired in group)
            {
                html.Append("<li>").Append(RuleHead(fired.Rule, rulesDirectory)).Append(Conditions(fired.Trace)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<h2>Nearly fired</h2>\n");
        if (explanation.NearMisses.Count == 0)
        {
            html.Append("<p>No rule is one condition away from firing.</p>\n");
        }
        else
        {
            html.Append("<p>One condition off, so these would change the answer:</p>\n<ul class=\"near-misses\">\n");
            foreach (var miss in explanation.NearMisses)
            {
                html.Append("<li>").Append(RuleHead(miss.Rule, rulesDirectory)).Append(Conditions(miss.Failed)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        return html.ToString();
    }

    private static string Role(RuleTrace trace) => trace.Rule switch
    {
        { Subject: RuleSubject.MasterFile } => "Master file",
        { Phase: RulePhase.Adjust } => "Adjusted by",
        { Then.Procedure: not null } => "Decided by",
        _ => "Evidence and findings from",
    };

    private static string RuleHead(Rule rule, string rulesDirectory)
    {
        var what = rule.Then.Procedure ?? rule.Then.MasterFile ?? string.Join(", ", rule.Then.Evidence.Select(e => e.Kind));
        what = what.Length == 0 ? "finding" : what;
        var citations = string.Concat(rule.Citations.Select(c => $"<li>{Html.Text(c.ToString())}</li>"));
        return $"<span class=\"code\">{Html.Text(rule.Id)}</span>{(rule.Verify ? " <span class=\"verify\">verify</span>" : "")} → <strong>{Html.Text(what)}</strong>: {Html.Text(rule.Title)}"
            + $" <span class=\"where\">{Html.Text(Place(rule, rulesDirectory))}</span>"
            + (citations.Length == 0 ? "" : $"<ul class=\"citations\" aria-label=\"Citations\">{citations}</ul>");
    }

    /// <summary>A rule's place as rules/fda/x.yaml(12,5), relative to the rules folder in use.</summary>
    private static string Place(Rule rule, string rulesDirectory)
    {
        var root = Path.GetFullPath(rulesDirectory);
        var path = rule.Location.Path.StartsWith(root, StringComparison.Ordinal) ? "rules" + rule.Location.Path[root.Length..] : Path.GetFileName(rule.Location.Path);
        return $"{path}({rule.Location.Line},{rule.Location.Column})";
    }

    private static string Conditions(ConditionTrace trace) => $"<ul class=\"conditions\">{Condition(trace)}</ul>";

    private static string Condition(ConditionTrace trace)
    {
        var mark = trace.Result ? "yes" : "no";
        var text = trace.Condition switch
        {
            FactCondition fact => $"{Html.Text(fact.Describe())} <span class=\"muted\">(actual: {(trace.Actual is null ? "not given" : Html.Text(trace.Actual))})</span>",
            AllCondition => "all of:",
            AnyCondition => "any of:",
            NotCondition => "not:",
            _ => "",
        };
        var children = trace.Children.Count == 0 ? "" : $"<ul>{string.Concat(trace.Children.Select(Condition))}</ul>";
        return $"<li class=\"{(trace.Result ? "held" : "failed")}\"><span class=\"mark\">{mark}</span> {text}{children}</li>";
    }
}

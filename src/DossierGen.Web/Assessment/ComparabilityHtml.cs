using System.Globalization;
using System.Text;
using DossierGen.Comparability;
using DossierGen.Inputs.Comparability;
using DossierGen.Web.Pages;

namespace DossierGen.Web.Assessment;

/// <summary>Each comparability study's verdict, and per attribute the criterion, the interval or CI, the lots outside and the verdict.</summary>
internal static class ComparabilityHtml
{
    public static string Render(AssessedChange assessed)
    {
        var studies = assessed.Assessment.Comparability;
        if (studies.Count == 0)
        {
            return "<p>The change file lists no comparability study.</p>";
        }

        var html = new StringBuilder();
        foreach (var study in studies)
        {
            var design = study.Study.Design == StudyDesign.Paired ? "paired (split-source)" : "independent";
            html.Append(CultureInfo.InvariantCulture, $"""
                <h3>Study <span class="code">{Html.Text(study.Study.Id)}</span>: {Html.Text(study.Study.Title)}</h3>
                <p>{design} design, covers {Html.Text(string.Join(", ", study.Study.Covers))}: <strong class="verdict verdict-{study.Verdict.ToContract()}">{study.Verdict.ToContract()}</strong></p>
                <table class="grid" aria-label="Attributes of study {Html.Attribute(study.Study.Id)}">
                <thead><tr><th scope="col">Attribute</th><th scope="col">Criterion</th><th scope="col">Interval or CI</th><th scope="col">Outside</th><th scope="col">Verdict</th></tr></thead>
                <tbody>
                """);
            foreach (var attribute in study.Attributes)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.Text(attribute.Attribute.Name)}{(attribute.Attribute.Cqa ? "" : " <span class=\"muted\">(not a CQA)</span>")}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{Html.Text(AttributeText.Criterion(attribute))}</td><td>{Html.Text(AttributeText.Result(attribute))}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{Html.Text(string.Join(", ", attribute.Outside))}</td><td>{attribute.Verdict.ToContract()}</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        return html.ToString();
    }
}

using System.Globalization;
using DossierGen.Comparability;
using DossierGen.Inputs.Comparability;
using DossierGen.Markdown.Charts;
using DossierGen.Templates.Model;

namespace DossierGen.Templates.Comparability;

/// <summary>
/// A judged study as the documents show it: the design and lots as tables, each criterion with its
/// statistical basis in words, each attribute's results to its own significant figures (see
/// <see cref="FixedFigures"/>), a chart block per quantitative attribute and a conclusion written
/// from the verdicts. The words are the sponsor's to edit in the draft; the numbers are not.
/// </summary>
public static class StudyModelBuilder
{
    public static StudyModel Build(StudyAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var study = analysis.Study;
        var paired = study.Design == StudyDesign.Paired;
        var nPre = study.Lots.Count(l => l.Group == LotGroup.Pre);
        var nPost = study.Lots.Count - nPre;
        var pairs = paired
            ? study.Lots.Where(l => l.Group == LotGroup.Pre).Select(pre => new StudyPairModel
            {
                Pair = pre.Pair!,
                PreLot = pre.Id,
                PostLot = study.Lots.First(l => l.Group == LotGroup.Post && l.Pair == pre.Pair).Id,
            }).ToList()
            : [];
        var cqas = analysis.Attributes.Where(a => a.Attribute.Cqa).ToList();
        var failing = analysis.FailingCqas.Select(AttributeText.Failure).ToList();
        return new StudyModel
        {
            Id = study.Id,
            Title = study.Title,
            Covers = string.Join(", ", study.Covers),
            Design = paired ? "paired" : "independent",
            Paired = paired,
            DesignText = paired
                ? $"Split-source (paired) design: the starting material of each of {pairs.Count} donors was divided and one part processed before the change and one after it, so that each post-change lot is compared with the pre-change lot from the same donor and donor-to-donor variability drops out of the comparison. {nPre} pre-change and {nPost} post-change lots."
                : $"Independent design: {nPre} pre-change lots (the reference) and {nPost} post-change lots, made from independent starting material, compared group to group.",
            Pairs = pairs,
            Lots = [.. study.Lots.Select(Lot)],
            Attributes = [.. analysis.Attributes.Select(a => Attribute(study, a))],
            NPre = nPre,
            NPost = nPost,
            Cqas = cqas.Count,
            CqasComparable = cqas.Count(a => a.Verdict == Verdict.Comparable),
            Verdict = analysis.Verdict.ToContract(),
            VerdictLabel = AttributeText.VerdictLabel(analysis.Verdict),
            Failing = failing.Count == 0 ? null : string.Join("; ", failing),
            Conclusion = Conclusion(analysis, nPre, nPost, cqas, failing),
        };
    }

    private static StudyLotModel Lot(StudyLot lot) => new()
    {
        Id = lot.Id,
        Group = lot.Group == LotGroup.Pre ? "pre-change" : "post-change",
        Pair = lot.Pair,
        Site = lot.Site,
        Scale = lot.Scale,
        Date = lot.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Use = lot.Use switch
        {
            null => null,
            "ppq" => "PPQ",
            _ => lot.Use,
        },
    };

    private static StudyAttributeModel Attribute(ComparabilityStudy study, AttributeAnalysis analysis)
    {
        var attribute = analysis.Attribute;
        var text = new AttributeText(study, analysis);
        var chart = text.Chart();
        return new StudyAttributeModel
        {
            Name = attribute.Name,
            Method = attribute.Method,
            Unit = attribute.Unit,
            Cqa = attribute.Cqa,
            Criterion = attribute.Criterion.Kind,
            Basis = text.Basis(),
            Rows = text.Rows(),
            Interval = text.Interval(),
            Outside = analysis.Outside.Count == 0 ? null : string.Join(", ", analysis.Outside),
            Verdict = analysis.Verdict.ToContract(),
            VerdictLabel = AttributeText.VerdictLabel(analysis.Verdict),
            Chart = chart is null ? null : ChartJson.Write(chart),
            ChartCaption = chart is null ? null : $"{attribute.Name}{(attribute.Unit is { } unit ? $" ({unit})" : "")} {(chart.ByPair ? "by donor" : "of each lot")}, pre-change (circles) and post-change (triangles){(chart.Lower is not null || chart.Upper is not null ? ", with the acceptance limits (dashed lines)" : "")}, study {study.Id}",
        };
    }

    private static string Conclusion(StudyAnalysis analysis, int nPre, int nPost, List<AttributeAnalysis> cqas, List<string> failing)
    {
        var others = analysis.Attributes.Count - cqas.Count;
        var information = others == 0 ? "" : $" {Count(others, "further attribute")} {(others == 1 ? "was" : "were")} reported for information and did not decide the outcome.";
        switch (analysis.Verdict)
        {
            case Verdict.Comparable:
                return $"All {Count(cqas.Count, "CQA")} met {(cqas.Count == 1 ? "its" : "their")} pre-specified acceptance criteria: the {nPost} post-change lots are comparable to the {nPre} pre-change lots for the attributes studied.{information}";
            case Verdict.NotComparable:
                var met = cqas.Count(a => a.Verdict == Verdict.Comparable);
                return $"Comparability is not shown. {failing.Count} of {Count(cqas.Count, "CQA")} did not meet {(failing.Count == 1 ? "its" : "their")} pre-specified acceptance criterion: {string.Join("; ", failing)}. "
                    + $"{met} of {cqas.Count} met {(met == 1 ? "its criterion" : "their criteria")}. The post-change material cannot be called comparable on these data: the cause must be investigated and its impact on safety and efficacy assessed, with further characterisation or nonclinical or clinical data as needed, before post-change material is used.{information}";
            default:
                var undecided = analysis.UndecidedCqas.Select(a => $"{a.Attribute.Name} ({a.NPre} pre- and {a.NPost} post-change results)").ToList();
                return $"Comparability cannot yet be concluded: too few lots have results to judge {string.Join("; ", undecided)}. {cqas.Count(a => a.Verdict == Verdict.Comparable)} of {Count(cqas.Count, "CQA")} met their criteria so far.{information}";
        }
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}

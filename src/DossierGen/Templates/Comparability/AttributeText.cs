using System.Globalization;
using DossierGen.Comparability;
using DossierGen.Inputs.Comparability;
using DossierGen.Markdown.Charts;
using DossierGen.Templates.Model;

namespace DossierGen.Templates.Comparability;

/// <summary>One judged attribute in words and numbers: its criterion's basis, its results table, its interval and its chart.</summary>
internal sealed class AttributeText
{
    private readonly ComparabilityStudy _study;
    private readonly AttributeAnalysis _analysis;
    private readonly int _figures;
    private readonly int _statistics;

    /// <summary>The numeric results by lot, looked up once for the rows and the chart.</summary>
    private readonly Dictionary<string, double> _values;

    public AttributeText(ComparabilityStudy study, AttributeAnalysis analysis)
    {
        _study = study;
        _analysis = analysis;
        _figures = FiguresOf(analysis.Attribute);
        _statistics = FixedFigures.ForStatistics(_figures);
        _values = new Dictionary<string, double>(analysis.Attribute.Results.Count, StringComparer.Ordinal);
        foreach (var result in analysis.Attribute.Results)
        {
            if (result.Number is { } number)
            {
                _values.Add(result.Lot, number);
            }
        }
    }

    private AttributeUnderStudy Attribute => _analysis.Attribute;

    private bool Log => Attribute.Transform == ValueTransform.Log10;

    private string UnitSuffix => Attribute.Unit is { } unit ? " " + unit : "";

    public static string VerdictLabel(Verdict verdict) => verdict switch
    {
        Verdict.Comparable => "comparable",
        Verdict.NotComparable => "not comparable",
        _ => "not yet decided (too few lots)",
    };

    /// <summary>A failing attribute and why, for the conclusion and the memo: the lots outside, or the CI that is not within the margin.</summary>
    public static string Failure(AttributeAnalysis analysis)
    {
        var figures = FixedFigures.ForStatistics(FiguresOf(analysis.Attribute));
        var name = analysis.Attribute.Name;
        if (analysis.Equivalence is { } tost)
        {
            return $"{name} (the {ConfidenceLevel(analysis)} confidence interval of the mean difference, {FixedFigures.Format(tost.Ci.Lower, figures)} to {FixedFigures.Format(tost.Ci.Upper, figures)}{(analysis.Attribute.Transform == ValueTransform.Log10 ? " log10" : "")}, is not within ±{(((EquivalenceCriterion)analysis.Attribute.Criterion).Margin is { } m ? Plain(m) : FixedFigures.Format(tost.Margin, figures))})";
        }

        var lots = $"lot{(analysis.Outside.Count == 1 ? "" : "s")} {string.Join(", ", analysis.Outside)}";
        return analysis.Interval is { } interval
            ? $"{name} ({lots} outside {IntervalText(interval, figures)}{(analysis.Attribute.Unit is { } unit ? " " + unit : "")})"
            : $"{name} ({lots} {(analysis.Outside.Count == 1 ? "does" : "do")} not conform)";
    }

    public string Basis()
    {
        var n = _analysis.NPre;
        var log = Log ? " (on log10 values)" : "";
        return Attribute.Criterion switch
        {
            QualityRangeCriterion range => $"quality range: mean ± {Plain(range.K)} SD of {n} pre-change lots{log}",
            MinMaxCriterion => $"within the range (minimum to maximum) of {n} pre-change lots",
            ToleranceIntervalCriterion tolerance =>
                $"{Percent(tolerance.Coverage)}/{Percent(tolerance.Confidence)} two-sided tolerance interval of {n} pre-change lots{(_analysis.Factor is { } k ? ", k = " + k.ToString("F3", CultureInfo.InvariantCulture) : "")}{log}",
            EquivalenceCriterion equivalence => Equivalence(equivalence),
            LimitsCriterion limits => limits switch
            {
                { Lower: { } lower, Upper: { } upper } => $"every post-change lot within {FixedFigures.Format(lower, _figures)} to {FixedFigures.Format(upper, _figures)}{UnitSuffix}",
                { Upper: { } upper } => $"every post-change lot not more than {FixedFigures.Format(upper, _figures)}{UnitSuffix}",
                { Lower: { } lower } => $"every post-change lot not less than {FixedFigures.Format(lower, _figures)}{UnitSuffix}",
                _ => "every post-change lot reported (no limits)",
            },
            _ => "every post-change result conforms",
        };
    }

    private string Equivalence(EquivalenceCriterion equivalence)
    {
        var margin = equivalence.Margin is { } m
            ? $"±{Plain(m)}{(Log ? " log10" : UnitSuffix)}"
            : $"±{Plain(equivalence.MarginSd!.Value)} SD of the pre-change lots{(_analysis.Equivalence is { } tost ? $" (±{FixedFigures.Format(tost.Margin, _statistics)}{(Log ? " log10" : UnitSuffix)})" : "")}";
        var pairs = _study.Design == StudyDesign.Paired ? ", paired by donor," : "";
        return $"equivalence (TOST): {Percent(1 - (2 * equivalence.Alpha))} confidence interval of the mean difference post − pre{(Log ? " of log10 values" : "")}{pairs} within {margin}";
    }

    public string? Interval() => _analysis switch
    {
        { Equivalence: { } tost } => $"{Percent(1 - (2 * ((EquivalenceCriterion)Attribute.Criterion).Alpha))} CI {IntervalText(new AcceptanceInterval(tost.Ci.Lower, tost.Ci.Upper), _statistics)}{(Log ? " log10" : "")}",
        { Interval: { } interval } => IntervalText(interval, Attribute.Criterion is LimitsCriterion or MinMaxCriterion ? _figures : _statistics) + UnitSuffix,
        _ => null,
    };

    public List<ResultRowModel> Rows()
    {
        var rows = new List<ResultRowModel>();
        if (Attribute.Criterion is ConformsCriterion)
        {
            var texts = Attribute.Results.ToDictionary(r => r.Lot, r => r.Text ?? "", StringComparer.Ordinal);
            rows.AddRange(_study.Lots.Where(l => l.Group == LotGroup.Post && texts.ContainsKey(l.Id))
                .Select(l => Row($"{l.Id} (post-change)", texts[l.Id], _analysis.Outside.Contains(l.Id) ? "does not conform" : "")));
            rows.Add(Row("Verdict", VerdictLabel(_analysis.Verdict)));
            return rows;
        }

        var values = _values;
        var pre = _study.Lots.Where(l => l.Group == LotGroup.Pre && values.ContainsKey(l.Id)).Select(l => values[l.Id]).ToList();
        if (_analysis.Pre is { } summary)
        {
            if (Log)
            {
                rows.Add(Row($"Pre-change lots: geometric mean (n = {summary.N})", FixedFigures.Format(Math.Pow(10, summary.Mean), _statistics) + UnitSuffix));
                if (summary.Sd is { } sd)
                {
                    rows.Add(Row("Pre-change lots: SD of log10 values", FixedFigures.Format(sd, _statistics)));
                }
            }
            else
            {
                rows.Add(Row($"Pre-change lots: mean ± SD (n = {summary.N})", FixedFigures.Format(summary.Mean, _statistics) + (summary.Sd is { } sd ? " ± " + FixedFigures.Format(sd, _statistics) : "") + UnitSuffix));
            }

            rows.Add(Row("Pre-change lots: range", $"{FixedFigures.Format(pre.Min(), _figures)} to {FixedFigures.Format(pre.Max(), _figures)}{UnitSuffix}"));
        }
        else
        {
            rows.Add(Row("Pre-change lots", "no results"));
        }

        var preByPair = _study.Lots.Where(l => l.Group == LotGroup.Pre && l.Pair is not null).ToDictionary(l => l.Pair!, StringComparer.Ordinal);
        foreach (var lot in _study.Lots.Where(l => l.Group == LotGroup.Post && values.ContainsKey(l.Id)))
        {
            var outside = _analysis.Outside.Contains(lot.Id) ? "outside" : "";
            if (lot.Pair is { } pair && preByPair.TryGetValue(pair, out var partner))
            {
                var partnerValue = values.TryGetValue(partner.Id, out var v) ? FixedFigures.Format(v, _figures) : "no result";
                rows.Add(Row($"{lot.Id} (post-change, donor {pair})", FixedFigures.Format(values[lot.Id], _figures), $"pre-change {partner.Id}: {partnerValue}{(outside.Length > 0 ? "; outside" : "")}"));
            }
            else
            {
                rows.Add(Row($"{lot.Id} (post-change)", FixedFigures.Format(values[lot.Id], _figures), outside));
            }
        }

        if (_analysis.Equivalence is { } tost)
        {
            var scale = Log ? " log10" : UnitSuffix;
            rows.Add(Row($"Mean difference post − pre{(_analysis.Pairs is { } n ? $" ({n} pairs)" : "")}", FixedFigures.Format(tost.Difference, _statistics) + scale));
            rows.Add(Row($"{ConfidenceLevel(_analysis)} confidence interval of the difference", $"{FixedFigures.Format(tost.Ci.Lower, _statistics)} to {FixedFigures.Format(tost.Ci.Upper, _statistics)}{scale}"));
            var given = ((EquivalenceCriterion)Attribute.Criterion).Margin;
            rows.Add(Row("Equivalence margin", $"±{(given is { } m ? Plain(m) : FixedFigures.Format(tost.Margin, _statistics))}{scale}"));
        }
        else if (Interval() is { } interval)
        {
            rows.Add(Row(Attribute.Criterion is LimitsCriterion ? "Limits" : "Acceptance interval", interval));
        }

        rows.Add(Row("Verdict", VerdictLabel(_analysis.Verdict), _analysis.Outside.Count == 0 ? "" : $"outside: {string.Join(", ", _analysis.Outside)}"));
        return rows;
    }

    /// <summary>The chart of a quantitative attribute: every lot's result, by donor in a paired design, with the acceptance interval as lines.</summary>
    public ChartData? Chart()
    {
        if (Attribute.Criterion is ConformsCriterion)
        {
            return null;
        }

        var values = _values;
        var paired = _study.Design == StudyDesign.Paired;
        var points = _study.Lots.Where(l => values.ContainsKey(l.Id)).Select(l => new ChartPoint(l.Id, l.Group == LotGroup.Post, paired ? l.Pair : null, values[l.Id])).ToList();
        return points.Count == 0 ? null : new ChartData(Attribute.Name, Attribute.Unit, _figures, paired, points, _analysis.Interval?.Lower, _analysis.Interval?.Upper);
    }

    private static ResultRowModel Row(string label, string value, string note = "") => new() { Label = label, Value = value, Note = note };

    private static int FiguresOf(AttributeUnderStudy attribute) => FixedFigures.Of(attribute.Results.Where(r => r.Number is not null).Select(r => r.Number!.Value));

    private static string ConfidenceLevel(AttributeAnalysis analysis) => Percent(1 - (2 * ((EquivalenceCriterion)analysis.Attribute.Criterion).Alpha));

    private static string IntervalText(AcceptanceInterval interval, int figures) => interval switch
    {
        { Lower: null, Upper: { } upper } => "≤ " + FixedFigures.Format(upper, figures),
        { Lower: { } lower, Upper: null } => "≥ " + FixedFigures.Format(lower, figures),
        _ => $"{FixedFigures.Format(interval.Lower!.Value, figures)} to {FixedFigures.Format(interval.Upper!.Value, figures)}",
    };

    private static string Percent(double share) => Plain(Math.Round(share * 100, 6)) + " %";

    private static string Plain(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

using DossierGen.Inputs.Comparability;

namespace DossierGen.Comparability;

/// <summary>Judges one attribute by its criterion, as contract 1.5 defines each (all on the analysis scale).</summary>
internal static class AttributeAnalyzer
{
    public static AttributeAnalysis Analyze(ComparabilityStudy study, AttributeUnderStudy attribute)
    {
        if (attribute.Criterion is ConformsCriterion)
        {
            return Conforms(study, attribute);
        }

        var values = new LotValues(study, attribute);
        var blank = new AttributeAnalysis(
            attribute, values.Pre.Count, values.Post.Count, values.Differences?.Count, null, null, null, [], Verdict.InsufficientData, SampleSummary.Of(values.PreAnalysis));
        return attribute.Criterion switch
        {
            QualityRangeCriterion range => values.Pre.Count < 3 || values.Post.Count < 1 ? blank : AboutTheMean(blank, values, range.K),
            ToleranceIntervalCriterion tolerance => values.Pre.Count < 3 || values.Post.Count < 1
                ? blank
                : AboutTheMean(blank, values, ToleranceFactor.TwoSided(values.Pre.Count, tolerance.Coverage, tolerance.Confidence)),
            MinMaxCriterion => values.Pre.Count < 2 || values.Post.Count < 1
                ? blank
                : Judge(blank, values, new AcceptanceInterval(values.Pre.Min(p => p.Value), values.Pre.Max(p => p.Value)), factor: null),
            LimitsCriterion limits => values.Post.Count < 1 ? blank : Judge(blank, values, new AcceptanceInterval(limits.Lower, limits.Upper), factor: null),
            EquivalenceCriterion equivalence => Equivalence(blank, values, equivalence, study.Design),
            _ => throw new InvalidOperationException($"no analysis for criterion {attribute.Criterion.Kind}"),
        };
    }

    /// <summary>x̄_pre ± factor·s_pre on the analysis scale, each post lot judged there, the interval reported on the original scale.</summary>
    private static AttributeAnalysis AboutTheMean(AttributeAnalysis blank, LotValues values, double factor)
    {
        var pre = blank.Pre!;
        var lower = pre.Mean - (factor * pre.Sd!.Value);
        var upper = pre.Mean + (factor * pre.Sd!.Value);
        var outside = values.Post.Where((p, i) => values.PostAnalysis[i] < lower || values.PostAnalysis[i] > upper).Select(p => p.Lot).ToList();
        return blank with
        {
            Interval = new AcceptanceInterval(values.ToOriginal(lower), values.ToOriginal(upper)),
            Factor = factor,
            Outside = outside,
            Verdict = outside.Count == 0 ? Verdict.Comparable : Verdict.NotComparable,
        };
    }

    /// <summary>
    /// An interval on the original scale (min-max, limits): the transform is monotone, so judging the
    /// original values gives the analysis scale's verdict without rounding a value that equals a limit.
    /// </summary>
    private static AttributeAnalysis Judge(AttributeAnalysis blank, LotValues values, AcceptanceInterval interval, double? factor)
    {
        var outside = values.Post.Where(p => !interval.Contains(p.Value)).Select(p => p.Lot).ToList();
        return blank with { Interval = interval, Factor = factor, Outside = outside, Verdict = outside.Count == 0 ? Verdict.Comparable : Verdict.NotComparable };
    }

    private static AttributeAnalysis Equivalence(AttributeAnalysis blank, LotValues values, EquivalenceCriterion criterion, StudyDesign design)
    {
        var enough = design == StudyDesign.Paired ? values.Differences!.Count >= 2 : values.Pre.Count >= 2 && values.Post.Count >= 2;
        if (!enough || (criterion.Margin is null && blank.Pre?.Sd is null))
        {
            return blank;
        }

        var margin = criterion.Margin ?? (criterion.MarginSd!.Value * blank.Pre!.Sd!.Value);
        var outcome = design == StudyDesign.Paired
            ? EquivalenceTest.Paired(values.Differences!, margin, criterion.Alpha)
            : EquivalenceTest.Independent(values.PreAnalysis, values.PostAnalysis, margin, criterion.Alpha);
        return blank with { Equivalence = outcome, Verdict = outcome.Equivalent ? Verdict.Comparable : Verdict.NotComparable };
    }

    private static AttributeAnalysis Conforms(ComparabilityStudy study, AttributeUnderStudy attribute)
    {
        var texts = attribute.Results.ToDictionary(r => r.Lot, r => r.Text, StringComparer.Ordinal);
        var pre = study.Lots.Count(l => l.Group == LotGroup.Pre && texts.ContainsKey(l.Id));
        var post = study.Lots.Where(l => l.Group == LotGroup.Post && texts.ContainsKey(l.Id)).ToList();
        var outside = post.Where(l => texts[l.Id] != ConformsCriterion.Conforming).Select(l => l.Id).ToList();
        var verdict = post.Count == 0 ? Verdict.InsufficientData : outside.Count == 0 ? Verdict.Comparable : Verdict.NotComparable;
        return new AttributeAnalysis(attribute, pre, post.Count, null, null, null, null, outside, verdict, null);
    }
}

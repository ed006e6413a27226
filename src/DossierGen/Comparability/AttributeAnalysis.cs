using DossierGen.Inputs.Comparability;

namespace DossierGen.Comparability;

/// <summary>
/// One attribute judged by its criterion, with the numbers contract 2.1 reports. Fields a criterion
/// does not compute, or that too few lots leave uncomputed, are null.
/// </summary>
/// <param name="NPre">Pre-change lots with a result.</param>
/// <param name="NPost">Post-change lots with a result.</param>
/// <param name="Pairs">Complete pairs (both lots with a result) in a paired design, else null.</param>
/// <param name="Interval">The acceptance interval on the original scale (quality-range, min-max, tolerance-interval, limits).</param>
/// <param name="Factor">k of a quality range, or k₂ of a tolerance interval.</param>
/// <param name="Equivalence">The TOST of an equivalence criterion, on the analysis scale.</param>
/// <param name="Outside">The post lots outside the interval or limits, or not conforming, in the study's lot order.</param>
/// <param name="Pre">The pre-change lots' summary on the analysis scale, or null for a qualitative attribute.</param>
public sealed record AttributeAnalysis(
    AttributeUnderStudy Attribute,
    int NPre,
    int NPost,
    int? Pairs,
    AcceptanceInterval? Interval,
    double? Factor,
    EquivalenceOutcome? Equivalence,
    IReadOnlyList<string> Outside,
    Verdict Verdict,
    SampleSummary? Pre);

namespace DossierGen.Inputs.Comparability;

/// <summary>Every post lot inside the two-sided normal tolerance interval of the pre lots.</summary>
/// <param name="Coverage">The proportion P of the population covered, in (0, 1).</param>
/// <param name="Confidence">The confidence γ of that coverage, in (0, 1).</param>
public sealed record ToleranceIntervalCriterion(double Coverage, double Confidence) : Criterion
{
    public override string Kind => "tolerance-interval";
}

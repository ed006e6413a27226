namespace DossierGen.Inputs.Comparability;

/// <summary>TOST on the mean difference post − pre.</summary>
/// <param name="Margin">The margin on the analysis scale, or null when given as <paramref name="MarginSd"/>.</param>
/// <param name="MarginSd">The margin as a multiple of s_pre, or null when given as <paramref name="Margin"/>.</param>
/// <param name="Alpha">The level of each one-sided test; the confidence interval is 100(1 − 2α) %.</param>
public sealed record EquivalenceCriterion(double? Margin, double? MarginSd, double Alpha) : Criterion
{
    public const double DefaultAlpha = 0.05;

    public override string Kind => "equivalence";
}

namespace DossierGen.Inputs.Comparability;

/// <summary>Every post lot inside mean_pre ± k·s_pre.</summary>
public sealed record QualityRangeCriterion(double K) : Criterion
{
    public override string Kind => "quality-range";
}

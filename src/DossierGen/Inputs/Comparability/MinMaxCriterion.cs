namespace DossierGen.Inputs.Comparability;

/// <summary>Every post lot inside [min_pre, max_pre].</summary>
public sealed record MinMaxCriterion : Criterion
{
    public override string Kind => "min-max";
}

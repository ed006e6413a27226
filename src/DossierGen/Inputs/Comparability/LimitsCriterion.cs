namespace DossierGen.Inputs.Comparability;

/// <summary>Every post lot inside fixed limits on the original scale; either side may be open.</summary>
public sealed record LimitsCriterion(double? Lower, double? Upper) : Criterion
{
    public override string Kind => "limits";
}

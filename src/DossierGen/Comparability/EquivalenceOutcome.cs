namespace DossierGen.Comparability;

/// <summary>A TOST: the mean difference post − pre, its 100(1 − 2α) % confidence interval and the margin, on the analysis scale.</summary>
public sealed record EquivalenceOutcome(double Difference, ConfidenceInterval Ci, double Margin)
{
    /// <summary>Equivalent when the interval lies strictly inside (−margin, +margin).</summary>
    public bool Equivalent => Ci.Lower > -Margin && Ci.Upper < Margin;
}

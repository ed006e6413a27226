namespace DossierGen.Inputs.Comparability;

/// <summary>The scale an attribute's statistics are computed on.</summary>
public enum ValueTransform
{
    None,

    /// <summary>log10 of the values, for quantities that vary by factors (titres); intervals are reported back on the original scale.</summary>
    Log10,
}

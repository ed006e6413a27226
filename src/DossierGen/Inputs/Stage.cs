namespace DossierGen.Inputs;

public enum Stage
{
    /// <summary>Under an IND (US), a CTA (EU) or a CTN (JP).</summary>
    Clinical,

    /// <summary>Licensed: BLA (US), marketing authorisation (EU), approval (JP).</summary>
    Marketed,
}

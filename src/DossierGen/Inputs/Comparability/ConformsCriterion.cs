namespace DossierGen.Inputs.Comparability;

/// <summary>Qualitative: every post result is the text "conforms".</summary>
public sealed record ConformsCriterion : Criterion
{
    public const string Conforming = "conforms";

    public override string Kind => "conforms";
}

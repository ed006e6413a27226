namespace DossierGen.Inputs.Comparability;

/// <summary>How an attribute is judged (contract 1.5): one of the six kinds, each with its own parameters.</summary>
public abstract record Criterion
{
    /// <summary>The criterion's name in the format and the assessment JSON, such as <c>quality-range</c>.</summary>
    public abstract string Kind { get; }
}

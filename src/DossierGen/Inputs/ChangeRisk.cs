namespace DossierGen.Inputs;

/// <param name="CqaImpact">none, low, moderate, high or unknown (the default).</param>
public sealed record ChangeRisk(string CqaImpact, IReadOnlyList<string> AffectedCqas)
{
    public static ChangeRisk Unknown { get; } = new("unknown", []);
}

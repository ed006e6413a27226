namespace DossierGen.Comparability;

public static class VerdictNames
{
    /// <summary>The verdict as the assessment JSON writes it (contract 2.1).</summary>
    public static string ToContract(this Verdict verdict) => verdict switch
    {
        Verdict.Comparable => "comparable",
        Verdict.NotComparable => "not-comparable",
        _ => "insufficient-data",
    };
}

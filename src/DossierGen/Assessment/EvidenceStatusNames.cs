namespace DossierGen.Assessment;

public static class EvidenceStatusNames
{
    /// <summary>The status as the assessment JSON writes it.</summary>
    public static string ToJson(this EvidenceStatus status) => status switch
    {
        EvidenceStatus.Supplied => "supplied",
        EvidenceStatus.Failing => "failing",
        EvidenceStatus.Incomplete => "incomplete",
        _ => "to-be-supplied",
    };
}

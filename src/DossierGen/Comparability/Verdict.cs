namespace DossierGen.Comparability;

public enum Verdict
{
    Comparable,
    NotComparable,

    /// <summary>Fewer lots than the criterion needs.</summary>
    InsufficientData,
}

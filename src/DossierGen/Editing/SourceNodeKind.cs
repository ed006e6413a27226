namespace DossierGen.Editing;

public enum SourceNodeKind
{
    Scalar,
    Mapping,
    Sequence,

    /// <summary>An alias (<c>*name</c>): edited only by replacing it whole.</summary>
    Alias,
}

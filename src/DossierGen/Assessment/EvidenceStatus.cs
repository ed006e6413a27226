namespace DossierGen.Assessment;

/// <summary>Where the analytical-comparability evidence stands once the change file lists comparability studies.</summary>
public enum EvidenceStatus
{
    /// <summary>No study covers some change it is needed for.</summary>
    ToBeSupplied,

    /// <summary>Studies cover every change and all are comparable.</summary>
    Supplied,

    /// <summary>A covering study is not comparable.</summary>
    Failing,

    /// <summary>A covering study has too few lots to judge a CQA.</summary>
    Incomplete,
}

namespace DossierGen.Facts;

/// <summary>Which rules may use a fact.</summary>
public enum FactScope
{
    /// <summary>Any rule: facts of the change, the product and the market.</summary>
    Change,

    /// <summary>Only master-file rules: facts of the referenced master file in the market.</summary>
    MasterFile,

    /// <summary>Only master-file-change rules: facts of the holder's change to a master file.</summary>
    MasterFileChange,

    /// <summary>Only adjust rules: the decision made by classification.</summary>
    Decision,
}

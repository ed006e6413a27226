namespace DossierGen.Formats;

/// <summary>The closed word lists of the formats (contract section 1), in the order the contract gives them.</summary>
public static class Vocabulary
{
    public static IReadOnlyList<string> Markets { get; } = ["US", "EU", "JP"];

    public static IReadOnlyList<string> Stages { get; } = ["clinical", "marketed"];

    public static IReadOnlyList<string> Modalities { get; } =
    [
        "aav", "lentiviral-vector", "gamma-retroviral-vector", "car-t-autologous", "car-t-allogeneic",
        "cell-therapy-autologous", "cell-therapy-allogeneic", "other",
    ];

    public static IReadOnlyList<string> JapanCategories { get; } = ["regenerative-medical-product", "drug"];

    public static IReadOnlyList<string> Materials { get; } = ["drug-substance", "drug-product"];

    public static IReadOnlyList<string> JapanApprovalForms { get; } = ["partial-change-item", "minor-change-item", "not-described"];

    public static IReadOnlyList<string> CqaImpacts { get; } = ["none", "low", "moderate", "high", "unknown"];

    public static IReadOnlyList<string> AgreementKinds { get; } = ["comparability-protocol", "pacmp", "change-plan"];

    /// <summary>The one market each agreement kind exists in.</summary>
    public static IReadOnlyDictionary<string, string> AgreementMarket { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["comparability-protocol"] = "US",
        ["pacmp"] = "EU",
        ["change-plan"] = "JP",
    };

    public static IReadOnlyList<string> MasterFileContents { get; } =
    [
        "drug-substance", "drug-substance-intermediate", "drug-product", "starting-material", "packaging", "excipient", "facility",
    ];

    public static IReadOnlyList<string> StartingMaterialItems { get; } = ["vector", "plasmid", "donor-cells", "other"];

    /// <summary>
    /// Evidence kinds: the contract's core list first, then the ones DossierGen adds. Master files
    /// and rules may only name kinds from this list.
    /// </summary>
    public static IReadOnlyList<string> EvidenceKinds { get; } =
    [
        "risk-assessment", "analytical-comparability", "extended-characterization", "batch-analysis", "stability",
        "process-validation", "viral-clearance", "adventitious-agent-testing", "cell-bank-characterization",
        "method-validation", "method-bridging", "container-closure-integrity", "extractables-leachables",
        "shipping-validation", "raw-material-qualification", "nonclinical-bridging", "clinical-bridging",
        "facility-information", "gmp-certificate", "letter-of-authorization", "administrative-document",
        "vector-characterization",
    ];

    public static IReadOnlyList<string> StudyDesigns { get; } = ["independent", "paired"];

    public static IReadOnlyList<string> LotGroups { get; } = ["pre", "post"];

    public static IReadOnlyList<string> LotUses { get; } = ["clinical", "ppq", "engineering", "stability", "commercial", "development"];

    public static IReadOnlyList<string> Transforms { get; } = ["none", "log10"];

    /// <summary>The acceptance criteria of a quality attribute, in the contract's order (section 1.5).</summary>
    public static IReadOnlyList<string> CriterionKinds { get; } = ["quality-range", "min-max", "tolerance-interval", "equivalence", "limits", "conforms"];
}

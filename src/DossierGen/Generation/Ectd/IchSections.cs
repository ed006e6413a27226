namespace DossierGen.Generation.Ectd;

/// <summary>
/// The ICH M4Q titles of the Module 3 sections a CMC change can touch, at the granularity of one
/// eCTD leaf each, with the ICH eCTD v3.2.2 Appendix 4 folder and file names (fact base 11). The
/// drug substance and product folders use Appendix 4's placeholders (substance-1-manufacturer-1,
/// product-1), which the sponsor renames where it files several.
/// </summary>
public static class IchSections
{
    private const string Substance = "32-body-data/32s-drug-sub/substance-1-manufacturer-1";
    private const string Product = "32-body-data/32p-drug-prod/product-1";

    public static IReadOnlyList<IchSection> All { get; } =
    [
        new("3.2.S.1.1", "Nomenclature", $"{Substance}/32s1-gen-info", "nomenclature"),
        new("3.2.S.1.2", "Structure", $"{Substance}/32s1-gen-info", "structure"),
        new("3.2.S.1.3", "General Properties", $"{Substance}/32s1-gen-info", "general-properties"),
        new("3.2.S.2.1", "Manufacturer(s)", $"{Substance}/32s2-manuf", "manufacturer"),
        new("3.2.S.2.2", "Description of Manufacturing Process and Process Controls", $"{Substance}/32s2-manuf", "manuf-process-and-controls"),
        new("3.2.S.2.3", "Control of Materials", $"{Substance}/32s2-manuf", "control-of-materials"),
        new("3.2.S.2.4", "Controls of Critical Steps and Intermediates", $"{Substance}/32s2-manuf", "control-critical-steps"),
        new("3.2.S.2.5", "Process Validation and/or Evaluation", $"{Substance}/32s2-manuf", "process-validation"),
        new("3.2.S.2.6", "Manufacturing Process Development", $"{Substance}/32s2-manuf", "manuf-process-development"),
        new("3.2.S.3.1", "Elucidation of Structure and Other Characteristics", $"{Substance}/32s3-charac", "elucidation-of-structure"),
        new("3.2.S.3.2", "Impurities", $"{Substance}/32s3-charac", "impurities"),
        new("3.2.S.4.1", "Specification", $"{Substance}/32s4-contr-drug-sub/32s41-spec", "specification"),
        new("3.2.S.4.2", "Analytical Procedures", $"{Substance}/32s4-contr-drug-sub/32s42-analyt-proc", "analytical-procedure-1"),
        new("3.2.S.4.3", "Validation of Analytical Procedures", $"{Substance}/32s4-contr-drug-sub/32s43-val-analyt-proc", "validation-analyt-procedure-1"),
        new("3.2.S.4.4", "Batch Analyses", $"{Substance}/32s4-contr-drug-sub/32s44-batch-analys", "batch-analyses"),
        new("3.2.S.4.5", "Justification of Specification", $"{Substance}/32s4-contr-drug-sub/32s45-justif-spec", "justification-of-specification"),
        new("3.2.S.5", "Reference Standards or Materials", $"{Substance}/32s5-ref-stand", "reference-standards"),
        new("3.2.S.6", "Container Closure System", $"{Substance}/32s6-cont-closure-sys", "container-closure-system"),
        new("3.2.S.7.1", "Stability Summary and Conclusions", $"{Substance}/32s7-stab", "stability-summary"),
        new("3.2.S.7.2", "Post-approval Stability Protocol and Stability Commitment", $"{Substance}/32s7-stab", "postapproval-stability"),
        new("3.2.S.7.3", "Stability Data", $"{Substance}/32s7-stab", "stability-data"),
        new("3.2.P.1", "Description and Composition of the Drug Product", $"{Product}/32p1-desc-comp", "description-and-composition"),
        new("3.2.P.2.1", "Components of the Drug Product", $"{Product}/32p2-pharm-dev", "components"),
        new("3.2.P.2.2", "Drug Product", $"{Product}/32p2-pharm-dev", "drug-product"),
        new("3.2.P.2.3", "Manufacturing Process Development", $"{Product}/32p2-pharm-dev", "manuf-process-development"),
        new("3.2.P.2.4", "Container Closure System", $"{Product}/32p2-pharm-dev", "container-closure-system"),
        new("3.2.P.2.5", "Microbiological Attributes", $"{Product}/32p2-pharm-dev", "microbiological-attributes"),
        new("3.2.P.2.6", "Compatibility", $"{Product}/32p2-pharm-dev", "compatibility"),
        new("3.2.P.3.1", "Manufacturer(s)", $"{Product}/32p3-manuf", "manufacturers"),
        new("3.2.P.3.2", "Batch Formula", $"{Product}/32p3-manuf", "batch-formula"),
        new("3.2.P.3.3", "Description of Manufacturing Process and Process Controls", $"{Product}/32p3-manuf", "manuf-process-and-controls"),
        new("3.2.P.3.4", "Controls of Critical Steps and Intermediates", $"{Product}/32p3-manuf", "control-critical-steps"),
        new("3.2.P.3.5", "Process Validation and/or Evaluation", $"{Product}/32p3-manuf", "process-validation"),
        new("3.2.P.5.1", "Specification(s)", $"{Product}/32p5-contr-drug-prod/32p51-spec", "specifications"),
        new("3.2.P.5.2", "Analytical Procedures", $"{Product}/32p5-contr-drug-prod/32p52-analyt-proc", "analytical-procedure-1"),
        new("3.2.P.5.3", "Validation of Analytical Procedures", $"{Product}/32p5-contr-drug-prod/32p53-val-analyt-proc", "validation-analyt-procedure-1"),
        new("3.2.P.5.4", "Batch Analyses", $"{Product}/32p5-contr-drug-prod/32p54-batch-analys", "batch-analyses"),
        new("3.2.P.5.5", "Characterisation of Impurities", $"{Product}/32p5-contr-drug-prod/32p55-charac-imp", "characterisation-impurities"),
        new("3.2.P.5.6", "Justification of Specification(s)", $"{Product}/32p5-contr-drug-prod/32p56-justif-spec", "justification-of-specifications"),
        new("3.2.P.6", "Reference Standards or Materials", $"{Product}/32p6-ref-stand", "reference-standards"),
        new("3.2.P.7", "Container Closure System", $"{Product}/32p7-cont-closure-sys", "container-closure-system"),
        new("3.2.P.8.1", "Stability Summary and Conclusion", $"{Product}/32p8-stab", "stability-summary"),
        new("3.2.P.8.2", "Post-approval Stability Protocol and Stability Commitment", $"{Product}/32p8-stab", "postapproval-stability"),
        new("3.2.P.8.3", "Stability Data", $"{Product}/32p8-stab", "stability-data"),
        new("3.2.A.1", "Facilities and Equipment", "32-body-data/32a-app/32a1-fac-equip", "facilities-and-equipment-report-1"),
        new("3.2.A.2", "Adventitious Agents Safety Evaluation", "32-body-data/32a-app/32a2-advent-agent", "adventitious-agents-report-1"),
        new("3.2.A.3", "Excipients", "32-body-data/32a-app/32a3-excip-name-1", "novel-excipients"),
        new("3.2.R", "Regional Information", "32-body-data/32r-reg-info", "regional-information"),
    ];

    private static readonly Dictionary<string, IchSection> ByNumber = All.ToDictionary(s => s.Number, StringComparer.Ordinal);

    /// <summary>The section of a CTD number, or null where M4Q has no leaf of that number.</summary>
    public static IchSection? Find(string number) => ByNumber.GetValueOrDefault(number);

    /// <summary>True for a Module 3 number (3.x), which must name an ICH leaf.</summary>
    public static bool IsModule3(string number) => number.StartsWith("3.", StringComparison.Ordinal);
}

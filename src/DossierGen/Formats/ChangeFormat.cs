using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>The change description (contract 1.1 and 1.2).</summary>
public static class ChangeFormat
{
    public static MappingShape Change { get; } = new(
    [
        Required("id", Id("Unique in the file.")),
        Required("kind", OneOf("The kind of change; it decides which facts follow.", ChangeKinds.Names)),
        Required("summary", Text("One line saying what changes.")),
        Optional("present", Text("The approved state, for present/proposed tables.")),
        Optional("proposed", Text("The proposed state, for present/proposed tables.")),
        Optional("jp-approval-form", OneOf("How the changed element appears in the Japanese approval form.", Vocabulary.JapanApprovalForms, @default: "partial-change-item")),
        Optional("in-dossier", Flag("The changed element is described in the approved dossier.", @default: true)),
        Optional("registered", Id("The id of the registered element (product registered:) the change changes; its facts are then derived per market.")),
        Optional("proposed-value", RegisteredFormat.Value with { Description = "The proposed value of the registered element (the change's proposed: text when left out)." }),
        Optional("risk", new MappingShape(
        [
            Optional("cqa-impact", OneOf("The sponsor's estimate of the impact on critical quality attributes.", Vocabulary.CqaImpacts, @default: "unknown")),
            Optional("affected-cqas", ListOf(Text("A critical quality attribute."), "The CQAs the change may affect.")),
        ])
        {
            Description = "The sponsor's risk assessment.",
        }),
    ])
    {
        Description = "One change, with the facts of its kind.",
        Discriminator = "kind",
        Variants = ChangeKinds.All,
    };

    public static MappingShape File { get; } = new(
    [
        Required("format", OneOf("The file's kind and version.", [FormatTags.Change])),
        Required("id", Id("The change control's id; names the output folders.")),
        Optional("title", Text("A title for the change, used in the dossier.")),
        Required("product", new TextOrMappingShape(
            Text("A relative path to a product file."),
            ProductFormat.Inline)
        {
            Description = "The product: a relative path to a product file, or the product written inline (without format:).",
        }),
        Optional("implementation-date", Date("Rules are evaluated as of this date unless --as-of is given.")),
        Optional("markets", ListOf(OneOf("A market.", Vocabulary.Markets), "The markets to assess, a subset of the product's; all of them when left out.", minItems: 1)),
        Optional("description", Text("A Markdown narrative reused in the dossier text.")),
        Optional("document-control", new MappingShape(
        [
            Optional("number", Text("The dossier's document number; each document is numbered <number>-<market>-<section> (the assessment <number>-assessment). A visible placeholder when left out.")),
            Optional("version", Text("The documents' version, such as \"0.1\". A visible placeholder when left out.")),
        ])
        {
            Description = "What the document-control block on each document's first page says beyond the date, the sponsor (the product's) and the status (always DRAFT).",
        }),
        Required("changes", ListOf(Change, "The changes, at least one.", minItems: 1, unique: false)),
        Optional("master-files", ListOf(new MappingShape(
        [
            Required("ref", Text("An id under rules/master-files/, or a relative path to a master-file YAML.")),
            Optional("authorizations", new MappingShape(
            [
                Optional("US", Date("Date of the letter of authorization from the holder.")),
                Optional("JP", Date("Date of the MF-use contract with the holder.")),
            ])
            {
                Description = "Letters of authorization (US) and MF-use contracts (JP) the sponsor holds.",
            }),
        ])
        {
            Description = "A master file the change relies on.",
        }, "The platform master files the change relies on.", unique: false)),
        Optional("agreements", ListOf(new MappingShape(
        [
            Required("kind", OneOf("comparability-protocol (US), pacmp (EU) or change-plan (JP).", Vocabulary.AgreementKinds)),
            Required("market", OneOf("The market that approved it.", Vocabulary.Markets)),
            Required("reference", Text("The approval's reference, such as BLA 125999/S-012.")),
            Required("approved", Date("The date it was approved or confirmed.")),
            Required("covers", ListOf(Id("A change id of this file."), "The changes it covers.", minItems: 1)),
        ])
        {
            Description = "An approved comparability protocol, PACMP or confirmed change plan.",
        }, "Approved agreements that may lower the filing category of the changes they cover.", unique: false)),
        Optional("comparability", ListOf(Text("A relative path to a comparability study file (format dossiergen/comparability@1)."), "The comparability studies behind the analytical-comparability evidence.")),
    ])
    {
        Description = "A manufacturing change to a cell or gene therapy product.",
    };
}

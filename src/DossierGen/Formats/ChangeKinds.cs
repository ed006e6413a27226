using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>
/// The change kinds of contract section 1.2 and the facts each takes. Defaults are chosen so a fact
/// left out never lowers the filing category: where a fact decides between a lighter and a heavier
/// procedure, it is either required or defaults to the heavier reading.
/// </summary>
public static class ChangeKinds
{
    private static readonly PropertyShape MaterialRequired = Required("material", OneOf("Drug substance or drug product.", Vocabulary.Materials));
    private static readonly PropertyShape MaterialOptional = Optional("material", OneOf("Drug substance or drug product, where it applies.", Vocabulary.Materials));

    public static IReadOnlyList<Variant> All { get; } =
    [
        new("site", "A manufacturing, testing, release, packaging or cell-bank storage site is added, replaced or renamed.",
        [
            MaterialRequired,
            Required("operation", OneOf("What the site does.", ["manufacturing", "testing", "release", "packaging", "cell-bank-storage"])),
            Required("action", OneOf("Whether the site is added, replaces one, or only its address changes.", ["add", "replace", "address-only"])),
            Optional("site-status", OneOf("The site's regulatory history.", ["new", "licensed-other-product", "licensed-same-product"], @default: "new")),
            Optional("biological-methods", Flag("A testing or release site runs biological or immunological methods.", @default: true)),
            Optional("primary", Flag("A packaging site does primary packaging (fills or closes the immediate container), not only secondary packaging.", @default: true)),
            Optional("us-agreed-cbe-30", Flag("US only: FDA agreed in advance, in writing, that this move into a suite or area of a facility already licensed for the product may be filed as a CBE-30 (an approved comparability protocol goes under agreements instead); without it the move is a PAS.", @default: false)),
        ]),
        new("scale", "The batch or culture scale changes.",
        [
            MaterialRequired,
            Required("from", Volume("The approved scale, such as 50 L.")),
            Required("to", Volume("The proposed scale, such as 500 L.")),
            Required("equipment", OneOf("Whether the batch size changes in the same equipment (the same vessel or train), in new equipment of the same design, in equipment of a different design, or by a duplicate line.", ["same-equipment", "same-design", "different-design", "duplicate-line"])),
        ]),
        new("process", "A manufacturing process step or parameter changes.",
        [
            MaterialRequired,
            Required("step", Text("The process step that changes.")),
            Required("nature", OneOf("What kind of process change it is (derived per market when the change names a registered process parameter).", ["parameter-within-approved-range", "parameter-range-change", "step-added", "step-removed", "method-change", "automation-same-method", "open-to-closed"])) with { UnlessPresent = "registered" },
            Required("viral-clearance", Flag("The step removes or inactivates viruses.")),
        ]),
        new("cell-bank", "A new master or working cell bank.",
        [
            MaterialOptional,
            Required("bank", OneOf("Master or working cell bank.", ["MCB", "WCB"])),
            Required("source", OneOf("Where the new bank comes from.", ["same-cell-line", "new-cell-line", "new-donor"])),
            Optional("approved-protocol", Flag("The bank is qualified under a protocol approved in the dossier.", @default: false)),
        ]),
        new("starting-material", "A starting material (vector, plasmid, donor cells) changes manufacturer, process or specification.",
        [
            MaterialOptional,
            Required("item", OneOf("The starting material.", Vocabulary.StartingMaterialItems)),
            Required("nature", OneOf("What changes about it.", ["new-manufacturer", "process-change", "specification-change"])),
            Optional("spec-change", OneOf("For a specification change: how the specification changes (widen, the heavier reading, when not given).", ["tighten", "widen", "add-test", "delete-test"], @default: "widen")),
            Optional("significant", Flag("For a specification change: a widened or deleted limit may have a significant effect on the quality of the active substance or finished product.", @default: true)),
            Optional("viral", Flag("For a vector: it is a viral vector (lentiviral, retroviral, AAV ...), so replication-competent virus testing applies.", @default: true)),
        ]),
        new("raw-material", "A raw material or reagent changes supplier, grade or identity.",
        [
            MaterialRequired,
            Required("item", Text("The raw material, such as recombinant IL-2.")),
            Required("critical", Flag("The material is critical to product quality.")),
            Required("origin", OneOf("The material's origin.", ["chemical", "recombinant", "animal", "human"])),
            Required("nature", OneOf("What changes.", ["new-supplier", "new-grade", "new-material"])),
        ]),
        new("analytical-procedure", "An analytical procedure is changed, replaced or added.",
        [
            MaterialRequired,
            Required("test", Text("The test, such as potency (cell-based cytotoxicity).")),
            Required("potency", Flag("The procedure is the potency assay.")),
            Required("biological-method", Flag("The procedure is a biological, immunological or immunochemical method.")),
            Required("nature", OneOf("How the procedure changes.", ["minor", "replacement", "new"])),
        ]),
        new("specification", "A specification (acceptance criterion or test) changes.",
        [
            MaterialRequired,
            Required("test", Text("The test whose acceptance criterion changes.")),
            Required("nature", OneOf("How the specification changes (derived per market when the change names a registered specification).", ["tighten", "widen", "add-test", "delete-test"])) with { UnlessPresent = "registered" },
            Optional("significant", Flag("The parameter is significant to quality (a deleted or widened significant parameter is a major change).", @default: true)),
            Optional("stage", OneOf("Release or in-process specification.", ["release", "in-process"], @default: "release")),
        ]),
        new("container-closure", "The container-closure system or its supplier changes.",
        [
            MaterialRequired,
            Optional("primary", Flag("The component is in direct contact with the product.", @default: true)),
            Required("nature", OneOf("What changes.", ["new-supplier-same-spec", "new-material", "new-container-type"])),
        ]),
        new("shelf-life", "The shelf life or storage condition changes.",
        [
            MaterialRequired,
            Required("nature", OneOf("What changes.", ["extension", "reduction", "storage-condition"])),
            Optional("basis", OneOf("The data behind the change (required for an extension).", ["real-time-approved-protocol", "real-time", "extrapolation"])),
            Optional("from", Text("The approved shelf life or condition, such as 9 months at -60 °C or below.")),
            Optional("to", Text("The proposed shelf life or condition.")),
        ])
        {
            Conditionals = [new ConditionalRequirement("nature", "extension", "basis")],
        },
        new("formulation", "The formulation or cryopreservation medium changes.",
        [
            MaterialRequired,
            Required("nature", OneOf("What changes.", ["excipient-change", "composition-change", "cryopreservation-medium"])),
        ]),
        new("administrative", "An administrative change: a site's or the marketing-authorisation holder's name or address, without a physical move.",
        [
            MaterialOptional,
            Required("nature", OneOf("What changes.", ["site-name-or-address", "mah-name-or-address"])),
            Optional("operation", OneOf("For a site's name or address: what the site does (release, the heavier reading, when not given).", ["manufacturing", "testing", "release", "packaging", "cell-bank-storage"], @default: "release")),
        ]),
        new("change-protocol", "Introduces a comparability protocol (US), PACMP (EU) or change plan (JP) for future changes.",
        [
            MaterialRequired,
            Required("scope", Text("The changes the protocol is meant to cover.")),
        ]),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(k => k.Value)];
}

using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>
/// The registered details of a product (an optional, additive part of <c>dossiergen/product@1</c>):
/// what each market approved, element by element, so that a change can point at what it changes
/// and the engine derives what today is stated by hand (fact base section 8).
/// </summary>
public static class RegisteredFormat
{
    public static IReadOnlyList<string> ElementTypes { get; } =
        ["process-parameter", "specification", "site", "material", "container-closure", "shelf-life"];

    /// <summary>A registered value: a range, a set point, a text, or "not registered" (absent).</summary>
    public static MappingShape Value { get; } = new(
    [
        Optional("low", Number("The lower end of the approved range (or acceptance criterion).")),
        Optional("high", Number("The upper end of the approved range (or acceptance criterion).")),
        Optional("set-point", Number("The approved set point or single value (a shelf life in months, a target).")),
        Optional("unit", Text("The unit of low, high and set-point, such as vg/cell, °C or months.")),
        Optional("text", Text("The value as text: a site, a supplier, a container, a storage condition, a criterion written in words.")),
        Optional("absent", Flag("The element is not registered (a test not in the specification, a parameter not in the dossier); as a proposed value: the element is deleted.", @default: false)),
    ])
    {
        Description = "A value: low/high for a range, set-point for a point, text for anything else, absent: true for none.",
        MinProperties = 1,
    };

    public static MappingShape Element { get; } = new(
    [
        Required("id", Id("The element's id, unique in the product; a change names it with registered: ID.")),
        Required("type", OneOf("What kind of registered detail it is.", ElementTypes)),
        Optional("material", OneOf("The material it belongs to.", Vocabulary.Materials)),
        Required("name", Text("What the element is: the parameter, the test, the operation, the material, the component.")),
        Optional("step", Text("For a process parameter: the process step.")),
        Optional("test", Text("For a specification: the test.")),
        Optional("stage", OneOf("For a specification: release or in-process.", ["release", "in-process"], @default: "release")),
        Optional("operation", OneOf("For a site: what the site does.", ["manufacturing", "testing", "release", "packaging", "cell-bank-storage"])),
        Required("value", Value with { Description = "The value common to every market; a market's own value overrides it." }),
        Optional("markets", new MappingShape(
        [
            Optional("US", MarketShape("United States (BLA or IND).", japan: false)),
            Optional("EU", MarketShape("European Union (MA or CTA).", japan: false)),
            Optional("JP", MarketShape("Japan (approval form or CTN).", japan: true)),
        ])
        {
            Description = "How each market registered the element; a market left out registered the common value, described in its dossier, not an established condition.",
        }),
    ])
    {
        Description = "One registered (approved) detail of the product.",
    };

    private static MappingShape MarketShape(string description, bool japan) => new(
    [
        japan
            ? Optional("approval-form", OneOf("How the approval form (承認書) marks the element: partial-change-item 《》, minor-change-item 『』, or not-described (only in CTD Module 3, GCTP change control).", Vocabulary.JapanApprovalForms, @default: "partial-change-item"))
            : Optional("in-dossier", Flag("The market's dossier describes the element (EU: in the MA dossier; US: in the BLA).", @default: true)),
        Optional("established-condition", Flag("The element is an ICH Q12 established condition in this market (agreed in the PLCM document).", @default: false)),
        Optional("reporting-category", Text("The reporting category agreed for the EC in the PLCM: a marketed procedure code of this market (US PAS, CBE-30, CBE-0, AR, NONE; EU II, IB, IA-IN, IA, NONE; JP PCA, MCN, NONE ...).")),
        Optional("value", Value with { Description = "This market's registered value, overriding the common one." }),
    ])
    {
        Description = description,
    };
}

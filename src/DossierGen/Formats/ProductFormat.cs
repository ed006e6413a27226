using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>The product format (contract 1.3). The same mapping, without <c>format:</c>, may be written inline in a change.</summary>
public static class ProductFormat
{
    public static MappingShape Inline { get; } = new(
    [
        Required("name", Text("The product's name, as in its labelling.")),
        Required("modality", OneOf("The kind of product.", Vocabulary.Modalities)),
        Optional("sponsor", Text("The sponsor or applicant (the marketing-authorisation holder), as the document-control block of every document names it; a visible placeholder when left out.")),
        Required("markets", new MappingShape(
        [
            Optional("US", Market("United States: clinical (IND) or marketed (BLA).", japan: false)),
            Optional("EU", Market("European Union: clinical (CTA under Regulation 536/2014) or marketed (MA).", japan: false)),
            Optional("JP", Market("Japan: clinical (CTN) or marketed.", japan: true)),
        ])
        {
            Description = "The markets the product is filed in, with its stage and application in each.",
            MinProperties = 1,
        }),
        Optional("registered", ListOf(RegisteredFormat.Element, "The registered details: what each market approved (ranges, specifications, sites, materials, container closure, shelf life), with established conditions and their agreed reporting categories.", unique: false)),
    ])
    {
        Description = "A cell or gene therapy product and the markets it is filed in.",
    };

    public static MappingShape File { get; } = Inline with
    {
        Properties = [Required("format", OneOf("The file's kind and version.", [FormatTags.Product])), .. Inline.Properties],
    };

    private static MappingShape Market(string description, bool japan) => new(
    [
        Required("stage", OneOf("Clinical or marketed.", Vocabulary.Stages)),
        Optional("application", Text("The application number (IND, BLA, CTA, MA, approval number).")),
        .. japan
            ? new[] { Optional("category", OneOf("Japanese product category.", Vocabulary.JapanCategories, @default: "regenerative-medical-product")) }
            : [],
    ])
    {
        Description = description,
    };
}

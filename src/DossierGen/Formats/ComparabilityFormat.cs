using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>The comparability study format (contract 1.5): lots, attributes, criteria and results.</summary>
public static class ComparabilityFormat
{
    private static readonly MappingShape Empty = new([]);

    public static MappingShape Lot { get; } = new(
    [
        Required("id", Id("The lot's id, unique in the study.")),
        Required("group", OneOf("pre: made before the change (the reference); post: made after it.", Vocabulary.LotGroups)),
        Optional("pair", Id("Paired design only: the donor or source material; every pair has exactly one pre and one post lot.")),
        Optional("site", Text("Where the lot was made.")),
        Optional("scale", Volume("The batch volume, such as '500 L'.")),
        Optional("date", Date("The date of manufacture.")),
        Optional("use", OneOf("What the lot was made for.", Vocabulary.LotUses)),
    ])
    {
        Description = "A pre- or post-change lot.",
    };

    public static MappingShape Criterion { get; } = new(
    [
        Optional("quality-range", new MappingShape(
        [
            Required("k", Number("The multiple of the pre-change standard deviation (commonly 2 to 3, justified).", exclusiveMinimum: 0)),
        ])
        {
            Description = "Every post lot inside mean_pre ± k·s_pre (at least 3 pre lots).",
        }),
        Optional("min-max", Empty with { Description = "Every post lot inside [min_pre, max_pre] (at least 2 pre lots)." }),
        Optional("tolerance-interval", new MappingShape(
        [
            Required("coverage", Number("The proportion of the pre-change population the interval covers, in (0, 1), such as 0.99.", exclusiveMinimum: 0, exclusiveMaximum: 1)),
            Required("confidence", Number("The confidence of that coverage, in (0, 1), such as 0.95.", exclusiveMinimum: 0, exclusiveMaximum: 1)),
        ])
        {
            Description = "Every post lot inside the exact two-sided normal tolerance interval of the pre lots (ISO 16269-6; at least 3 pre lots).",
        }),
        Optional("equivalence", new MappingShape(
        [
            Optional("margin", Number("The equivalence margin on the analysis scale (after transform).", exclusiveMinimum: 0)),
            Optional("margin-sd", Number("The equivalence margin as a multiple of s_pre, such as 1.5.", exclusiveMinimum: 0)),
            Optional("alpha", Number("The level of each one-sided test, in (0, 0.5); the confidence interval is 100(1 - 2 alpha) %.", exclusiveMinimum: 0, exclusiveMaximum: 0.5, @default: 0.05)),
        ])
        {
            Description = "TOST on the mean difference post - pre: equivalent when its 100(1 - 2 alpha) % confidence interval lies inside (-margin, +margin).",
            ExactlyOneOf = ["margin", "margin-sd"],
        }),
        Optional("limits", new MappingShape(
        [
            Optional("lower", Number("The lowest acceptable result, on the original scale.")),
            Optional("upper", Number("The highest acceptable result, on the original scale.")),
        ])
        {
            Description = "Every post lot inside the limits (either may be left out).",
            MinProperties = 1,
        }),
        Optional("conforms", Empty with { Description = "Qualitative: every post result is the text \"conforms\"." }),
    ])
    {
        Description = "How the attribute is judged: exactly one criterion.",
        ExactlyOneOf = Vocabulary.CriterionKinds,
    };

    public static MappingShape Attribute { get; } = new(
    [
        Required("name", Text("The attribute's name, unique in the study.")),
        Optional("method", Text("The analytical method.")),
        Optional("unit", Text("The unit of the results.")),
        Optional("cqa", Flag("A critical quality attribute; the study verdict looks at CQAs only.", @default: true)),
        Optional("transform", OneOf("log10: the statistics use log10 of the values (titres); intervals are reported on the original scale.", Vocabulary.Transforms, @default: "none")),
        Required("criterion", Criterion),
        Optional("results", new DictionaryShape(new NumberOrTextShape { Description = "A number, or text for a conforms criterion." })
        {
            Description = "Lot id to result; a lot may lack a result.",
        }),
    ])
    {
        Description = "A quality attribute measured on the lots.",
    };

    public static MappingShape File { get; } = new(
    [
        Required("format", OneOf("The file's kind and version.", [FormatTags.Comparability])),
        Required("id", Id("The study's id.")),
        Required("title", Text("What the study compares.")),
        Required("covers", ListOf(Id("A change id of the change file that lists this study."), "The changes the study supports.", minItems: 1)),
        Optional("design", OneOf("independent, or paired (split-source: each pair holds one pre and one post lot from the same donor or source).", Vocabulary.StudyDesigns, @default: "independent")),
        Required("lots", ListOf(Lot, "The lots, at least 2.", minItems: 2, unique: false)),
        Required("attributes", ListOf(Attribute, "The quality attributes, at least 1.", minItems: 1, unique: false)),
        Optional("data", Text("A relative path to a CSV file of more results, with the header lot,attribute,value.")),
    ])
    {
        Description = "Comparability study data: pre- and post-change lots, the attributes measured on them, and how each is judged.",
    };
}

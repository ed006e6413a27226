using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>templates/outline.yaml (<c>dossiergen/outline@1</c>): the dossier sections, in CTD order.</summary>
public static class OutlineFormat
{
    public static MappingShape File { get; } = new(
    [
        Required("format", OneOf("The file's kind and version.", [FormatTags.Outline])),
        Required("sections", ListOf(new MappingShape(
        [
            Required("id", Id("Unique section id.")),
            Required("number", Text("The CTD number shown in the heading, such as 3.2.S.2.1.")),
            Required("title", Text("The section title.")),
            Required("file", Id("The output file name without extension; unique within a market.")),
            Required("template", Text("The Scriban template (.md.sbn), relative to the templates folder.")),
            Optional("purpose", Text("What the section holds, in one sentence, shown in its introduction.")),
            Optional("markets", ListOf(OneOf("A market.", Vocabulary.Markets), "The markets the section is written for; all when left out.", minItems: 1)),
            Optional("stages", ListOf(OneOf("A stage.", Vocabulary.Stages), "Write the section only where the product is at one of these stages in the market; any stage when left out.", minItems: 1)),
            Optional("procedures", ListOf(OneOf("A procedure code.", [.. Assessment.ProcedureScale.All.SelectMany(s => s.Procedures).Distinct()]), "Write the section only where the market's procedure (its most burdensome change's) is one of these; any procedure when left out.", minItems: 1)),
            Optional("language", OneOf("The document's language.", ["en-GB", "ja-JP"], @default: "en-GB")),
            Optional("always", Flag("Write the section whatever the changes.", @default: false)),
            Optional("kinds", ListOf(OneOf("A change kind.", ChangeKinds.Names), "Write the section for changes of these kinds.", minItems: 1)),
            Optional("material", OneOf("Only for changes of this material (a change without one counts as drug substance).", Vocabulary.Materials)),
            Optional("evidence", ListOf(OneOf("An evidence kind.", Vocabulary.EvidenceKinds), "Write the section for changes that need one of these evidence kinds.", minItems: 1)),
        ])
        {
            Description = "One dossier section.",
        }, "The sections, in document order.", minItems: 1, unique: false)),
    ])
    {
        Description = "The sections DossierGen writes and when.",
    };
}

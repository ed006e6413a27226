using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>
/// A rule test file (<c>dossiergen/rule-tests@1</c>), <c>name.test.yaml</c> beside the rules file
/// <c>name.yaml</c>. Each case describes one change in the rules file's market and what the market's
/// whole rule set must decide for it.
/// </summary>
public static class RuleTestFormat
{
    /// <summary>A change as in a change file, but its id and summary may be left out.</summary>
    public static MappingShape CaseChange { get; } = ChangeFormat.Change with
    {
        Properties = [.. ChangeFormat.Change.Properties.Select(p => p.Name is "id" or "summary" ? p with { Required = false } : p)],
    };

    public static MappingShape Case { get; } = new(
    [
        Required("note", Text("What the case shows, as a sentence.")),
        Required("stage", OneOf("The product's stage in the market.", Vocabulary.Stages)),
        Optional("as-of", Date("The evaluation date; defaults to the file's as-of.")),
        Optional("modality", OneOf("The product's modality; defaults to the file's modality.", Vocabulary.Modalities)),
        Optional("jp-category", OneOf("Japan only: the product's category.", Vocabulary.JapanCategories, @default: "regenerative-medical-product")),
        Optional("registered", ListOf(RegisteredFormat.Element, "Registered details of the case's product, so the case's change can name one (registered: ID) and its facts are derived as in assess.", unique: false)),
        Required("change", CaseChange),
        Optional("agreement", Flag("An approved agreement of the market (comparability protocol, PACMP, change plan) covers the change.", @default: false)),
        Optional("master-file", new MappingShape(
        [
            Optional("filed", Flag("The master file is filed in the market.", @default: true)),
            Optional("authorized", Flag("The sponsor holds the authorization for the market.", @default: true)),
            Optional("content", OneOf("What the filing holds.", Vocabulary.MasterFileContents)),
            Optional("items", ListOf(OneOf("A starting material the file describes.", Vocabulary.StartingMaterialItems), "What the file describes.")),
            Optional("evidence", ListOf(OneOf("An evidence kind.", Vocabulary.EvidenceKinds), "The evidence the file holds.")),
        ])
        {
            Description = "A master file the change references.",
        }),
        Optional("master-file-change", new MappingShape(
        [
            Required("significance", OneOf("major or minor.", ["major", "minor"])),
            Optional("affects", ListOf(OneOf("An evidence kind.", Vocabulary.EvidenceKinds), "The evidence the change touches; all the file supplies when left out.")),
        ])
        {
            Description = "The holder changes the case's master file: expect what the programme files (master-file-change rules).",
        }),
        Required("expect", new MappingShape(
        [
            Optional("procedure", Text("The procedure the market must give the change.")),
            Optional("codes", ListOf(Text("An EU classification code."), "The codes, exactly.")),
            Optional("evidence", ListOf(OneOf("An evidence kind.", Vocabulary.EvidenceKinds), "Evidence kinds that must be asked for (others may be too).")),
            Optional("satisfied-by-master-file", ListOf(OneOf("An evidence kind.", Vocabulary.EvidenceKinds), "Evidence kinds the master file must supply.")),
            Optional("fires", ListOf(Id("A rule id."), "Rules that must fire.")),
            Optional("not-fires", ListOf(Id("A rule id."), "Rules that must not fire.")),
        ])
        {
            Description = "What the market's rules must decide.",
            MinProperties = 1,
        }),
    ])
    {
        Description = "One test case.",
    };

    public static MappingShape File { get; } = new(
    [
        Required("format", OneOf("The file's kind and version.", [FormatTags.RuleTests])),
        Required("as-of", Date("The evaluation date for cases that give none; rules are dated, so tests are too.")),
        Optional("modality", OneOf("The modality for cases that give none.", Vocabulary.Modalities, @default: "aav")),
        Required("cases", ListOf(Case, "The cases.", minItems: 1, unique: false)),
    ])
    {
        Description = "Test cases for the rules file beside this one.",
    };
}

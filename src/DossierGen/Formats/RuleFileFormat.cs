using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>A rules file under rules/fda, rules/ema or rules/pmda (<c>dossiergen/rules@1</c>).</summary>
public static class RuleFileFormat
{
    public static IReadOnlyList<string> Phases { get; } = ["classify", "adjust"];

    public static IReadOnlyList<string> Subjects { get; } = ["change", "master-file", "master-file-change"];

    public static IReadOnlyList<string> FindingSeverities { get; } = ["info", "warning"];

    public static MappingShape Rule { get; } = new(
    [
        Required("id", Id("Unique across all rules; by convention FDA-, EMA- or PMDA- then the topic.")),
        Required("title", Text("What the rule decides, in one line.")),
        Optional("title-ja", Text("The title in Japanese, for documents written in Japanese (the Japanese Module 1 summary); rules lint warns when a PMDA rule shown there has none.")),
        Required("stage", OneOf("The product stage the rule applies to; any for both.", [.. Vocabulary.Stages, "any"])),
        Optional("phase", OneOf("classify decides a procedure from the change's facts; adjust runs after and may replace it (approved protocols and plans).", Phases, @default: "classify")),
        Optional("subject", OneOf("change rules run per change; master-file rules per change and referenced master file; master-file-change rules per programme that references a master file whose holder changes it (impact).", Subjects, @default: "change")),
        Required("when", new ConditionShape { Description = "When the rule fires: all / any / not over fact tests." }),
        Required("then", new MappingShape(
        [
            Optional("procedure", Text("The filing procedure (a code of the contract for the rule's market and stage).")),
            Optional("codes", ListOf(new MappingShape(
            [
                Required("code", Text("An EU classification code, such as B.I.a.1.e or Q.I.a.1.")),
                Optional("from", Date("In force from this date.")),
                Optional("until", Date("In force until this date, inclusive.")),
                Optional("verify", Flag("The code's sub-item or type is not confirmed in the fact base.", @default: false)),
            ])
            {
                Description = "A classification code and when it is in force.",
            }, "EU classification codes.", unique: false)),
            Optional("evidence", ListOf(new MappingShape(
            [
                Required("kind", OneOf("The evidence kind.", Vocabulary.EvidenceKinds)),
                Required("purpose", Text("What the evidence must show.")),
            ])
            {
                Description = "Evidence the rule asks for.",
            }, "Evidence the rule asks for.", unique: false)),
            Optional("findings", ListOf(new MappingShape(
            [
                Required("severity", OneOf("info or warning.", FindingSeverities)),
                Required("message", Text("What the user must know.")),
                Optional("message-ja", Text("The message in Japanese, for documents written in Japanese; without it they show the English message.")),
            ])
            {
                Description = "A finding to report when the rule fires.",
            }, "Findings to report.", unique: false)),
            Optional("master-file", OneOf("For master-file rules: whether the master file can supply its evidence.", ["usable", "not-usable"])),
        ])
        {
            Description = "What the rule decides when it fires.",
        }),
        Optional("effective-from", Date("The rule applies from this date (evaluation is as of --as-of or the implementation date).")),
        Optional("effective-until", Date("The rule applies until this date, inclusive.")),
        Required("citations", ListOf(new MappingShape(
        [
            Required("document", Text("The cited document: regulation, guidance or guideline.")),
            Optional("section", Text("Section, paragraph or code within it.")),
            Optional("date", Text("The document's date (year, month or day).")),
            Optional("source", Text("The fact base's source id (S1 ... S59).")),
        ])
        {
            Description = "A citation.",
        }, "Where the rule comes from; at least one.", minItems: 1, unique: false)),
        Optional("verify", Flag("The fact base marks the source unconfirmed; outputs that use the rule say so.", @default: false)),
        Optional("note", Text("Why the rule says what it says, for reviewers.")),
    ])
    {
        Description = "One decision rule.",
    };

    public static MappingShape File { get; } = new(
    [
        Required("format", OneOf("The file's kind and version.", [FormatTags.Rules])),
        Required("market", OneOf("The market every rule of the file applies to.", Vocabulary.Markets)),
        Optional("description", Text("What the file's rules cover.")),
        Required("rules", ListOf(Rule, "The rules.", minItems: 1, unique: false)),
    ])
    {
        Description = "A file of DossierGen decision rules for one market.",
    };
}

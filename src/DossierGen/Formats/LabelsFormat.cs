using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>templates/labels.yaml (<c>dossiergen/labels@1</c>): the English and Japanese words for every code.</summary>
public static class LabelsFormat
{
    private static MappingShape Label { get; } = new(
    [
        Required("en", Text("English (British spelling, as in EU and Japanese documents).")),
        Optional("en-US", Text("American English, for US documents, where its spelling differs.")),
        Required("ja", Text("Japanese.")),
    ])
    {
        Description = "A label in English and Japanese.",
    };

    private static MappingShape Group(string description, IReadOnlyList<string> codes) =>
        new([.. codes.Select(c => Required(c, Label))]) { Description = description };

    public static MappingShape File { get; } = new(
    [
        Required("format", OneOf("The file's kind and version.", [FormatTags.Labels])),
        Required("markets", Group("Market names.", Vocabulary.Markets)),
        Required("stages", Group("Stage names.", Vocabulary.Stages)),
        Required("procedures", Group("Procedure names.", [.. Assessment.ProcedureScale.All.SelectMany(s => s.Procedures).Distinct()])),
        Required("kinds", Group("Change kind names.", ChangeKinds.Names)),
        Required("materials", Group("Material names.", Vocabulary.Materials)),
        Required("evidence", Group("Evidence kind names.", Vocabulary.EvidenceKinds)),
        Optional("severities", Group("Finding severity names, for the Japanese summary; without the group it shows the codes.", RuleFileFormat.FindingSeverities)),
    ])
    {
        Description = "Labels the templates use.",
    };
}

using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>The master-file format (contract 1.4), kept under <c>rules/master-files/</c> by CDMO platform teams.</summary>
public static class MasterFileFormat
{
    public static MappingShape File { get; } = new(
    [
        Required("format", OneOf("The file's kind and version.", [FormatTags.MasterFile])),
        Required("id", Id("The master file's id; changes reference it by this id, and the file is named <id>.yaml.")),
        Required("title", Text("What the master file describes.")),
        Required("holder", Text("The company that holds the master file.")),
        Optional("version", Text("The holder's version of the master file.")),
        Required("filings", new MappingShape(
        [
            Optional("US", Filing("FDA master file (DMF / CBER MF).", contentRequired: true)),
            Optional("EU", Filing("EU filing, where one exists (the EU has no master-file route for biological active substances).", contentRequired: false)),
            Optional("JP", Filing("Japanese master file (MF) registration.", contentRequired: false)),
        ])
        {
            Description = "Where the master file is registered; a market left out has none.",
        }),
        Required("covers", new MappingShape(
        [
            Optional("items", ListOf(OneOf("A starting material the file describes.", Vocabulary.StartingMaterialItems), "What the file describes (the words of a starting-material change's item).")),
            Optional("evidence", ListOf(OneOf("An evidence kind.", Vocabulary.EvidenceKinds), "The evidence the file holds, which a referencing dossier may cite instead of repeating.")),
        ])
        {
            Description = "What the file holds.",
        }),
    ])
    {
        Description = "A platform master file (a CDMO's registered vector or process).",
    };

    private static MappingShape Filing(string description, bool contentRequired) => new(
    [
        Required("number", Text("The master file's number in that market.")),
        new PropertyShape("content", OneOf("What kind of information the file holds (decides what a BLA may reference since 13 Mar 2024).", Vocabulary.MasterFileContents), contentRequired),
    ])
    {
        Description = description,
    };
}

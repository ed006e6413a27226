using static DossierGen.Formats.ShapeBuilders;

namespace DossierGen.Formats;

/// <summary>A holder's change to a master file (<c>dossiergen/master-file-change@1</c>), for <c>dossiergen impact --change</c>.</summary>
public static class MasterFileChangeFormat
{
    public static MappingShape File { get; } = new(
    [
        Required("format", OneOf("The file's kind and version.", [FormatTags.MasterFileChange])),
        Required("id", Id("The holder's change reference.")),
        Required("master-file", Id("The id of the master file that changes.")),
        Required("summary", Text("What changes, in one line.")),
        Required("significance", OneOf("major: the holder files a change registration (JP) or an amendment needing review; minor: a minor change notification.", ["major", "minor"])),
        Optional("date", Date("When the change takes effect; rules are evaluated as of this date (default: today).")),
        Optional("affects", ListOf(OneOf("An evidence kind.", Vocabulary.EvidenceKinds), "The evidence the change touches; all the file supplies when left out.")),
        Optional("description", Text("A Markdown narrative.")),
    ])
    {
        Description = "A master-file holder's change, to see what every referencing programme must file.",
    };
}

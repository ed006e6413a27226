using DossierGen.Formats;

namespace DossierGen.Editing;

/// <summary>The file formats the workbench editor edits (the files a change control is written in), by format tag.</summary>
public static class EditableFormats
{
    public static IReadOnlyDictionary<string, MappingShape> Shapes { get; } = new Dictionary<string, MappingShape>(StringComparer.Ordinal)
    {
        [FormatTags.Change] = ChangeFormat.File,
        [FormatTags.Product] = ProductFormat.File,
        [FormatTags.Comparability] = ComparabilityFormat.File,
        [FormatTags.MasterFile] = MasterFileFormat.File,
    };

    /// <summary>The form of a format, or null when the editor does not edit it.</summary>
    public static FormField? FormOf(string formatTag) =>
        Shapes.TryGetValue(formatTag, out var shape) ? FormDescriber.Describe(shape) : null;
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierGen.Diagnostics;

namespace DossierGen.Word;

/// <summary>
/// The reference document (templates/reference.docx): its styles, settings, theme, fonts and page
/// set-up are used for every generated document; its content is ignored, as pandoc does.
/// </summary>
public sealed class ReferenceDocument
{
    private ReferenceDocument(string styles, string? settings, string? theme, string? fontTable, SectionProperties section, IReadOnlySet<string> styleIds)
    {
        StylesXml = styles;
        SettingsXml = settings;
        ThemeXml = theme;
        FontTableXml = fontTable;
        Section = section;
        StyleIds = styleIds;
    }

    public string StylesXml { get; }

    public string? SettingsXml { get; }

    public string? ThemeXml { get; }

    public string? FontTableXml { get; }

    /// <summary>Page size, margins and orientation, without the reference's own headers and footers.</summary>
    public SectionProperties Section { get; }

    public IReadOnlySet<string> StyleIds { get; }

    public static ReferenceDocument? Load(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        try
        {
            using var document = WordprocessingDocument.Open(path, isEditable: false);
            var main = document.MainDocumentPart;
            if (main?.StyleDefinitionsPart?.Styles is not { } styles)
            {
                diagnostics.Error(DiagnosticCodes.InvalidReferenceDocument, SourceLocation.StartOf(path), "the reference document has no styles part");
                return null;
            }

            var section = (SectionProperties?)main.Document?.Body?.Elements<SectionProperties>().LastOrDefault()?.CloneNode(true) ?? new SectionProperties();
            section.RemoveAllChildren<HeaderReference>();
            section.RemoveAllChildren<FooterReference>();
            var ids = styles.Elements<Style>().Select(s => s.StyleId?.Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var missing = Word.StyleIds.All.Where(id => !ids.Contains(id)).ToList();
            if (missing.Count > 0)
            {
                diagnostics.Error(DiagnosticCodes.InvalidReferenceDocument, SourceLocation.StartOf(path), $"the reference document lacks the style(s) {string.Join(", ", missing)} that DossierGen writes; add them (templates/README.md lists every style)");
                return null;
            }

            return new ReferenceDocument(styles.OuterXml, main.DocumentSettingsPart?.Settings?.OuterXml, ReadPart(main.ThemePart), ReadPart(main.FontTablePart), section, ids);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or OpenXmlPackageException or UnauthorizedAccessException or FileFormatException)
        {
            diagnostics.Error(DiagnosticCodes.InvalidReferenceDocument, SourceLocation.StartOf(path), $"the reference document cannot be read as a Word document: {e.Message}");
            return null;
        }
    }

    private static string? ReadPart(OpenXmlPart? part)
    {
        if (part is null)
        {
            return null;
        }

        using var reader = new StreamReader(part.GetStream());
        return reader.ReadToEnd();
    }
}

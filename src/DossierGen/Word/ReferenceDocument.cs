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
    private readonly IReadOnlyDictionary<string, int> _leftIndents;

    private ReferenceDocument(string styles, string? settings, string? theme, string? fontTable, string sectionXml, IReadOnlySet<string> styleIds, IReadOnlyDictionary<string, int> leftIndents)
    {
        StylesXml = styles;
        SettingsXml = settings;
        ThemeXml = theme;
        FontTableXml = fontTable;
        SectionXml = sectionXml;
        StyleIds = styleIds;
        _leftIndents = leftIndents;
    }

    /// <summary>The largest reference document read: room for a company template with its logos, not for a zip bomb's outer file.</summary>
    public const long MaxBytes = 32 * 1024 * 1024;

    public string StylesXml { get; }

    public string? SettingsXml { get; }

    public string? ThemeXml { get; }

    public string? FontTableXml { get; }

    /// <summary>
    /// The body's closing <c>w:sectPr</c> as markup: the reference's page size, margins and
    /// orientation, with DossierGen's header and footer in place of the reference's own. Serialised
    /// once here by the SDK inside a document root, so any namespace it needs is declared as Word expects.
    /// </summary>
    public string SectionXml { get; }

    public IReadOnlySet<string> StyleIds { get; }

    /// <summary>The left indent (twentieths of a point) a paragraph style gives, through its basedOn chain; 0 when none sets one.</summary>
    public int LeftIndent(string styleId) => _leftIndents.GetValueOrDefault(styleId);

    public static ReferenceDocument? Load(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var bytes = Inputs.InputFile.ReadBytes(path, MaxBytes, diagnostics);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false);
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

            var supplied = (Styles)styles.CloneNode(true);
            foreach (var style in SuppliedStyles.Missing(ids).ToList())
            {
                supplied.Append(style);
                ids.Add(style.StyleId!.Value!);
            }

            return new ReferenceDocument(
                supplied.OuterXml, main.DocumentSettingsPart?.Settings?.OuterXml, ReadPart(main.ThemePart), ReadPart(main.FontTablePart), SectionMarkup(section), ids, StyleIndents.Left(supplied));
        }
        catch (Exception e) when (e is IOException or InvalidDataException or OpenXmlPackageException or UnauthorizedAccessException or FileFormatException)
        {
            diagnostics.Error(DiagnosticCodes.InvalidReferenceDocument, SourceLocation.StartOf(path), $"the reference document cannot be read as a Word document: {e.Message}");
            return null;
        }
        catch (System.Xml.XmlException e)
        {
            // The SDK refuses DTDs (so no external entity is ever read); a DTD or malformed XML in a part is the document's fault.
            diagnostics.Error(DiagnosticCodes.InvalidReferenceDocument, SourceLocation.StartOf(path), $"a part of the reference document is not well-formed XML or holds a DTD: {e.Message}");
            return null;
        }
        catch (InvalidOperationException e)
        {
            // The SDK's word for a relationship to a part the package lacks.
            diagnostics.Error(DiagnosticCodes.InvalidReferenceDocument, SourceLocation.StartOf(path), $"the reference document names a part it does not hold: {e.Message}");
            return null;
        }
    }

    private static string SectionMarkup(SectionProperties section)
    {
        section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter1" });
        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader1" });
        var document = new Document(new Body(section));
        document.AddNamespaceDeclaration("r", Xml.Wml.RelationshipsNamespace);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = System.Xml.XmlWriter.Create(text, new System.Xml.XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            document.WriteTo(writer);
        }

        const string Open = "<w:body>", Close = "</w:body>";
        var xml = text.ToString();
        var start = xml.IndexOf(Open, StringComparison.Ordinal) + Open.Length;
        return xml[start..xml.LastIndexOf(Close, StringComparison.Ordinal)];
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

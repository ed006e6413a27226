using System.Collections.Concurrent;
using DocumentFormat.OpenXml;
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
    private readonly Styles _styles;
    private readonly SectionProperties _section;
    private readonly ConcurrentDictionary<string, string> _stylesByLanguage = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<PaperSize, string> _sections = new();

    private ReferenceDocument(Styles styles, string? settings, string? theme, string? fontTable, SectionProperties section, IReadOnlySet<string> styleIds, IReadOnlyDictionary<string, int> leftIndents)
    {
        _styles = styles;
        _section = section;
        StylesXml = styles.OuterXml;
        SettingsXml = settings;
        ThemeXml = theme;
        FontTableXml = fontTable;
        StyleIds = styleIds;
        _leftIndents = leftIndents;
        Page = ReadPage(section);
    }

    /// <summary>The largest reference document read: room for a company template with its logos, not for a zip bomb's outer file.</summary>
    public const long MaxBytes = 32 * 1024 * 1024;

    public string StylesXml { get; }

    public string? SettingsXml { get; }

    public string? ThemeXml { get; }

    public string? FontTableXml { get; }

    /// <summary>The reference's own page: its size, orientation and margins.</summary>
    public PageSetup Page { get; }

    /// <summary>
    /// The styles with the document defaults' language set to <paramref name="language"/> (East
    /// Asian text stays as the reference has it, ja-JP in the shipped one), so that every run a
    /// document does not mark otherwise is spell-checked as that language.
    /// </summary>
    public string StylesXmlFor(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _stylesByLanguage.GetOrAdd(language, l =>
        {
            var styles = (Styles)_styles.CloneNode(true);
            var defaults = styles.DocDefaults ??= new DocDefaults();
            var runDefaults = defaults.RunPropertiesDefault ??= new RunPropertiesDefault();
            var run = runDefaults.RunPropertiesBaseStyle ??= new RunPropertiesBaseStyle();
            var languages = run.Languages ??= new Languages();
            languages.Val = l;
            return styles.OuterXml;
        });
    }

    /// <summary>
    /// The body's closing <c>w:sectPr</c> as markup: the reference's margins and orientation on
    /// <paramref name="paper"/>, with DossierGen's headers (the first page's holds the document-control
    /// block) and footer in place of the reference's own. Serialised by the SDK inside a document
    /// root, so any namespace it needs is declared as Word expects.
    /// </summary>
    public string SectionXmlFor(PaperSize paper) => _sections.GetOrAdd(paper, p =>
    {
        var section = (SectionProperties)_section.CloneNode(true);
        var page = Page.On(p);
        var size = section.GetFirstChild<PageSize>();
        if (size is null)
        {
            size = new PageSize();
            section.PrependChild(size);
        }

        size.Width = (uint)page.Width;
        size.Height = (uint)page.Height;
        return SectionMarkup(section);
    });

    /// <summary>The page set-up a document on <paramref name="paper"/> has: what tables are as wide as.</summary>
    public PageSetup PageOn(PaperSize paper) => Page.On(paper);

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
                supplied, main.DocumentSettingsPart?.Settings?.OuterXml, ReadPart(main.ThemePart), ReadPart(main.FontTablePart), section, ids, StyleIndents.Left(supplied));
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

    private static PageSetup ReadPage(SectionProperties section)
    {
        var size = section.GetFirstChild<PageSize>();
        var margin = section.GetFirstChild<PageMargin>();
        var fallback = PageSetup.Default;
        return new PageSetup(
            (int?)size?.Width?.Value ?? fallback.Width,
            (int?)size?.Height?.Value ?? fallback.Height,
            (int?)margin?.Left?.Value ?? fallback.Left,
            (int?)margin?.Right?.Value ?? fallback.Right,
            (int?)margin?.Gutter?.Value ?? fallback.Gutter);
    }

    private static string SectionMarkup(SectionProperties section)
    {
        // Schema order: header and footer references first, the first-page switch (titlePg) after the page settings.
        section.RemoveAllChildren<TitlePage>();
        section.PrependChild(new FooterReference { Type = HeaderFooterValues.First, Id = "rIdFooter1" });
        section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter1" });
        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.First, Id = "rIdHeader2" });
        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader1" });
        InsertTitlePage(section);
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

    /// <summary>Adds w:titlePg where the schema puts it: after the page and column settings, before text direction and the rest.</summary>
    private static void InsertTitlePage(SectionProperties section)
    {
        OpenXmlElement? before = section.ChildElements.FirstOrDefault(e => e is TextDirection or BiDi or GutterOnRight or DocGrid or PrinterSettingsReference or SectionPropertiesChange);
        if (before is null)
        {
            section.AppendChild(new TitlePage());
        }
        else
        {
            section.InsertBefore(new TitlePage(), before);
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

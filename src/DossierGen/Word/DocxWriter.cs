using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierGen.Word.Xml;

namespace DossierGen.Word;

/// <summary>
/// Assembles a .docx from rendered content and the reference document, writing every part and
/// relationship itself: relationship ids are fixed names, core properties carry the document date
/// from the input, and the zip is deterministic. The same inputs give the same bytes on any clock,
/// time zone or culture.
/// </summary>
public static class DocxWriter
{
    private const string XmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n";
    private const string PackageRelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    [ThreadStatic]
    private static MemoryStream? Packages;

    public static byte[] Write(WordContent content, DocumentInfo info, ReferenceDocument reference)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(reference);
        // One stream per thread, emptied for each document: a fresh one doubles its buffer up to the
        // document's size, leaving 128, 256 and 512 KB arrays on the large object heap for a big
        // section. Only the finished bytes are copied out; nothing of one document reaches another.
        var stream = Packages ??= new MemoryStream();
        stream.SetLength(0);
        using (var zip = new DeterministicZip(stream))
        {
            zip.Add("[Content_Types].xml", ContentTypes(reference, info.Properties.Count > 0, content.Charts.Count));
            var packageRelationships = new List<(string, string, string, bool)>
            {
                ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "word/document.xml", false),
                ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml", false),
                ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "docProps/app.xml", false),
            };
            if (info.Properties.Count > 0)
            {
                packageRelationships.Add(("rId4", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "docProps/custom.xml", false));
            }

            zip.Add("_rels/.rels", Relationships([.. packageRelationships]));
            if (info.Properties.Count > 0)
            {
                zip.Add("docProps/custom.xml", CustomProperties(info.Properties));
            }

            zip.Add("docProps/core.xml", CoreProperties(info));
            // Only a document that is the tool's own names it as its application; a submitted one does not.
            zip.Add("docProps/app.xml", XmlHeader + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">" + (info.Author == DocumentInfo.Tool ? $"<Application>{DocumentInfo.Tool}</Application>" : "") + "</Properties>");
            zip.Add("word/document.xml", Document(content, reference, info.Paper));
            zip.Add("word/_rels/document.xml.rels", DocumentRelationships(content, reference));
            zip.Add("word/styles.xml", XmlHeader + reference.StylesXmlFor(info.LatinLanguage));
            zip.Add("word/settings.xml", XmlHeader + (reference.SettingsXml ?? new Settings().OuterXml));
            if (reference.ThemeXml is { } theme)
            {
                zip.Add("word/theme/theme1.xml", theme);
            }

            if (reference.FontTableXml is { } fonts)
            {
                zip.Add("word/fontTable.xml", fonts);
            }

            zip.Add("word/numbering.xml", Numbering.Build(content.ListInstances));
            var footnoteLinks = FootnoteLinks(content);
            zip.Add("word/footnotes.xml", Footnotes(content, footnoteLinks.Count > 0));
            if (footnoteLinks.Count > 0)
            {
                zip.Add("word/_rels/footnotes.xml.rels", Relationships([.. footnoteLinks.Select(n => Hyperlink(content, n))]));
            }

            for (var n = 1; n <= content.Charts.Count; n++)
            {
                var chart = new StringBuilder();
                Charts.ChartPart.Write(chart, content.Charts[n - 1]);
                zip.Add($"word/charts/chart{n.ToString(CultureInfo.InvariantCulture)}.xml", chart);
            }

            zip.Add("word/header1.xml", DocumentControlBlock.Header(info));
            zip.Add("word/header2.xml", DocumentControlBlock.FirstPageHeader(info, reference.PageOn(info.Paper)));
            zip.Add("word/footer1.xml", Wml.Root("w:ftr", relationships: false).Add(Line(StyleIds.Footer, FooterRuns(info))));
        }

        return stream.ToArray();
    }

    private static WordElement Document(WordContent content, ReferenceDocument reference, PaperSize paper) =>
        Wml.Root("w:document", relationships: true).Add(new WordElement("w:body").AddRange(content.Body).Add(WordElement.Raw(reference.SectionXmlFor(paper))));

    private static WordElement Footnotes(WordContent content, bool hyperlinks)
    {
        var footnotes = Wml.Root("w:footnotes", relationships: hyperlinks).Add(Separator("separator", "-1"), Separator("continuationSeparator", "0"));
        return footnotes.AddRange(content.Footnotes);
    }

    private static WordElement Separator(string type, string id) =>
        new WordElement("w:footnote").With("w:type", type).With("w:id", id).Add(
            new WordElement(Wml.Paragraph).Add(
                new WordElement(Wml.ParagraphProperties).Add(new WordElement("w:spacing").With("w:after", "0").With("w:line", "240").With("w:lineRule", "auto")),
                RunFactory.Holding(new WordElement("w:" + type))));

    /// <summary>The numbers n of the hyperlinks (rIdLink{n}) inside footnotes, which need the footnotes part's own relationships.</summary>
    private static List<int> FootnoteLinks(WordContent content)
    {
        if (content.Hyperlinks.Count == 0)
        {
            return [];
        }

        var ids = content.Footnotes.SelectMany(f => f.Descendants()).Where(e => e.Name == "w:hyperlink").Select(e => e.Attribute("r:id")).ToHashSet(StringComparer.Ordinal);
        return [.. Enumerable.Range(1, content.Hyperlinks.Count).Where(n => ids.Contains(Inlines.HyperlinkElement.RelationshipId(n)))];
    }

    private static (string, string, string, bool) Hyperlink(WordContent content, int number) =>
        (Inlines.HyperlinkElement.RelationshipId(number), "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", content.Hyperlinks[number - 1], true);

    private static WordElement Line(string style, IEnumerable<WordElement> runs) => Wml.StyledParagraph(style).AddRange(runs);

    private static IEnumerable<WordElement> FooterRuns(DocumentInfo info)
    {
        var japanese = info.Japanese;
        yield return RunFactory.Text(info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (japanese ? "　" : "    ") + (japanese ? "ページ " : "Page "), RunFormat.Plain, japanese);
        foreach (var run in RunFactory.Field("PAGE", "1"))
        {
            yield return run;
        }

        yield return RunFactory.Text(japanese ? " / " : " of ", RunFormat.Plain);
        foreach (var run in RunFactory.Field("NUMPAGES", "1"))
        {
            yield return run;
        }
    }

    private static string ContentTypes(ReferenceDocument reference, bool customProperties, int charts)
    {
        var text = new StringBuilder(XmlHeader);
        text.Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        text.Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>");
        text.Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        Override(text, "/word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        Override(text, "/word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml");
        Override(text, "/word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml");
        Override(text, "/word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml");
        Override(text, "/word/footnotes.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml");
        Override(text, "/word/header1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
        Override(text, "/word/header2.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml");
        Override(text, "/word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml");
        if (reference.ThemeXml is not null)
        {
            Override(text, "/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
        }

        if (reference.FontTableXml is not null)
        {
            Override(text, "/word/fontTable.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
        }

        for (var n = 1; n <= charts; n++)
        {
            Override(text, $"/word/charts/chart{n.ToString(CultureInfo.InvariantCulture)}.xml", Charts.ChartPart.ContentType);
        }

        Override(text, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override(text, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        if (customProperties)
        {
            Override(text, "/docProps/custom.xml", "application/vnd.openxmlformats-officedocument.custom-properties+xml");
        }

        return text.Append("</Types>").ToString();
    }

    private static void Override(StringBuilder text, string part, string contentType) =>
        text.Append("<Override PartName=\"").Append(part).Append("\" ContentType=\"").Append(contentType).Append("\"/>");

    private static string DocumentRelationships(WordContent content, ReferenceDocument reference)
    {
        const string Base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        var relationships = new List<(string, string, string, bool)>
        {
            ("rIdStyles", Base + "styles", "styles.xml", false),
            ("rIdSettings", Base + "settings", "settings.xml", false),
            ("rIdNumbering", Base + "numbering", "numbering.xml", false),
            ("rIdFootnotes", Base + "footnotes", "footnotes.xml", false),
            ("rIdHeader1", Base + "header", "header1.xml", false),
            ("rIdHeader2", Base + "header", "header2.xml", false),
            ("rIdFooter1", Base + "footer", "footer1.xml", false),
        };
        if (reference.ThemeXml is not null)
        {
            relationships.Add(("rIdTheme", Base + "theme", "theme/theme1.xml", false));
        }

        if (reference.FontTableXml is not null)
        {
            relationships.Add(("rIdFontTable", Base + "fontTable", "fontTable.xml", false));
        }

        relationships.AddRange(content.Hyperlinks.Select((_, i) => Hyperlink(content, i + 1)));
        relationships.AddRange(content.Charts.Select((_, i) => (Charts.ChartDrawing.RelationshipId(i + 1), Charts.ChartPart.RelationshipType, $"charts/chart{(i + 1).ToString(CultureInfo.InvariantCulture)}.xml", false)));
        return Relationships([.. relationships]);
    }

    private static string Relationships(params (string Id, string Type, string Target, bool External)[] relationships)
    {
        var text = new StringBuilder(XmlHeader).Append("<Relationships xmlns=\"").Append(PackageRelationshipsNs).Append("\">");
        foreach (var (id, type, target, external) in relationships)
        {
            text.Append("<Relationship Id=\"").Append(id).Append("\" Type=\"").Append(type).Append("\" Target=\"").Append(Escaped(target)).Append('"');
            if (external)
            {
                text.Append(" TargetMode=\"External\"");
            }

            text.Append("/>");
        }

        return text.Append("</Relationships>").ToString();
    }

    private static string CustomProperties(IReadOnlyDictionary<string, string> properties)
    {
        var text = new StringBuilder(XmlHeader).Append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
        var id = 2;
        foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").Append(id++.ToString(CultureInfo.InvariantCulture))
                .Append("\" name=\"").Append(Escaped(name)).Append("\"><vt:lpwstr>").Append(Escaped(value)).Append("</vt:lpwstr></property>");
        }

        return text.Append("</Properties>").ToString();
    }

    private static string CoreProperties(DocumentInfo info)
    {
        var date = info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        return XmlHeader
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{Escaped(info.Title)}</dc:title><dc:subject>{Escaped(info.Subject)}</dc:subject>{(info.Author is { Length: > 0 } author ? $"<dc:creator>{Escaped(author)}</dc:creator>" : "")}<dc:language>{Escaped(info.Language)}</dc:language>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified></cp:coreProperties>";
    }

    /// <summary>Text for a part written here: without the characters XML 1.0 cannot hold (user text reaches the properties), then escaped.</summary>
    private static string Escaped(string text) => SecurityElement.Escape(XmlChars.Clean(text));
}

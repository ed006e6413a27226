using System.Xml.Linq;
using DossierGen.Word;

namespace DossierGen.Tests.Support;

/// <summary>Markdown rendered as a given document (section number, language, sibling files) and its document.xml as XML to query, after the Word checks pass.</summary>
internal static class RenderedXml
{
    public static readonly XNamespace W = DossierGen.Word.Xml.Wml.MainNamespace;
    public static readonly XNamespace R = DossierGen.Word.Xml.Wml.RelationshipsNamespace;

    public static DocumentInfo Section(string? number, string language = "en-GB", IReadOnlyDictionary<string, string>? files = null) =>
        Rendered.Info with { Language = language, SectionNumber = number, SectionFiles = files ?? new Dictionary<string, string>() };

    public static (XElement Body, byte[] Docx) Render(string markdown, DocumentInfo? info = null)
    {
        var docx = MarkdownToDocx.Convert(markdown, info ?? Rendered.Info, RepositoryTemplates.Set.Reference);
        Assert.Empty(DocxChecker.Check(docx));
        return (XDocument.Parse(DocxXml.Part(docx)).Root!.Element(W + "body")!, docx);
    }

    /// <summary>The visible text of a paragraph (field results included, instructions left out).</summary>
    public static string Text(XElement paragraph) => string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value));

    public static string? Style(XElement paragraph) => (string?)paragraph.Element(W + "pPr")?.Element(W + "pStyle")?.Attribute(W + "val");

    public static IEnumerable<XElement> Paragraphs(XElement body, string style) => body.Descendants(W + "p").Where(p => Style(p) == style);
}

using DossierGen.Markdown;

namespace DossierGen.Word;

/// <summary>Markdown text to .docx bytes: parse with the dossier pipeline, render, package.</summary>
public static class MarkdownToDocx
{
    /// <param name="charts">The document's chart blocks as already read, if they were.</param>
    public static byte[] Convert(string markdown, DocumentInfo info, ReferenceDocument reference, ReadCharts? charts = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(reference);
        var content = new WordContent();
        new WordRenderer(content, info, reference) { TextWidth = reference.PageOn(info.Paper).TextWidth, Charts = charts ?? ReadCharts.None }.Render(DossierMarkdown.Parse(markdown));
        return DocxWriter.Write(content, info, reference);
    }
}

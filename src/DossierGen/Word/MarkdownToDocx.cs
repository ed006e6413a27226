using DossierGen.Markdown;

namespace DossierGen.Word;

/// <summary>Markdown text to .docx bytes: parse with the dossier pipeline, render, package.</summary>
public static class MarkdownToDocx
{
    public static byte[] Convert(string markdown, DocumentInfo info, ReferenceDocument reference)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(reference);
        var content = new WordContent();
        new WordRenderer(content, info, reference) { TextWidth = reference.PageOn(info.Paper).TextWidth }.Render(DossierMarkdown.Parse(markdown));
        return DocxWriter.Write(content, info, reference);
    }
}

using DossierGen.Word;

namespace DossierGen.Tests.Support;

/// <summary>Markdown rendered to a .docx with the repository's reference document, as a section would be.</summary>
internal static class Rendered
{
    public static DocumentInfo Info { get; } = new("Test", "Test", "Header", new DateOnly(2026, 1, 1), "en-GB");

    public static byte[] Docx(string markdown) => MarkdownToDocx.Convert(markdown, Info, RepositoryTemplates.Set.Reference);
}

using System.Text.RegularExpressions;
using DossierGen.Generation;
using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Word;

/// <summary>
/// Page-level fidelity: the paper (US Letter for US documents, A4 elsewhere), tables as wide as
/// the page's text, each document's language, and the contents' levels.
/// </summary>
public sealed partial class PageLayoutTests
{
    private const string Example = "aav-ds-site-transfer";

    [Theory]
    [InlineData("/US/1.2-cover-letter.docx", 12240, 15840)]
    [InlineData("/US/1.1-form-fda-356h.docx", 12240, 15840)]
    [InlineData("/EU/1.2-application-form.docx", 11906, 16838)]
    [InlineData("/M3/3.2.S.2.6-manuf-process-development.docx", 11906, 16838)]
    [InlineData("/JP/1-partial-change-application.docx", 11906, 16838)]
    [InlineData("/assessment.docx", 11906, 16838)]
    public void UsDocumentsAreOnUsLetterAndAllOthersOnA4WithTheSharedModule3(string document, int width, int height)
    {
        var xml = DocxXml.Part(ExampleDossiers.Document(Example, document));

        var size = PageSize().Match(xml);
        Assert.Equal((width, height), (int.Parse(size.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(size.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("/US/1.1-form-fda-356h.docx", 12240 - (2 * 1418))]
    [InlineData("/M3/3.2.S.2.6-manuf-process-development.docx", 11906 - (2 * 1418))]
    [InlineData("/assessment.docx", 11906 - (2 * 1418))]
    public void EveryTableIsAsWideAsThePagesText(string document, int textWidth)
    {
        var xml = DocxXml.Part(ExampleDossiers.Document(Example, document));

        var grids = TableGrid().Matches(xml);
        Assert.NotEmpty(grids);
        foreach (Match grid in grids)
        {
            var total = GridColumn().Matches(grid.Value).Sum(c => int.Parse(c.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            Assert.InRange(total, textWidth - 4, textWidth + 4);
        }
    }

    [Fact]
    public void ATableRenderedForAnotherPageTakesThatPagesWidth()
    {
        var letter = new DossierGen.Word.WordContent();
        new DossierGen.Word.WordRenderer(letter) { TextWidth = 9404 }.Render(DossierGen.Markdown.DossierMarkdown.Parse("| a | b |\n| --- | ------ |\n| 1 | 2 |\n"));

        var columns = letter.Body.Single(e => e.Name == "w:tbl").Child("w:tblGrid")!.Children.Select(c => int.Parse(c.Attribute("w:w")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(9404, columns.Sum());
        Assert.InRange(columns[1] - (2 * columns[0]), -2, 2);
    }

    [Theory]
    [InlineData("/US/1.2-cover-letter.docx", "en-US", "en-US")]
    [InlineData("/EU/1.2-application-form.docx", "en-GB", "en-GB")]
    [InlineData("/M3/3.2.S.2.6-manuf-process-development.docx", "en-GB", "en-GB")]
    [InlineData("/JP/1-partial-change-application.docx", "en-GB", "ja-JP")]
    [InlineData("/assessment.docx", "en-GB", "en-GB")]
    public void EachDocumentIsMarkedWithItsMarketsLanguage(string document, string latin, string main)
    {
        var docx = ExampleDossiers.Document(Example, document);

        var defaults = DocDefaultsLanguage().Match(DocxXml.Part(docx, "word/styles.xml"));
        Assert.True(defaults.Success);
        Assert.Equal(latin, defaults.Groups[1].Value);
        Assert.Equal("ja-JP", defaults.Groups[2].Value);
        Assert.Contains($"<dc:language>{main}</dc:language>", DocxXml.Part(docx, "docProps/core.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void UsDocumentsUseAmericanSpellingAndTheSharedModule3British()
    {
        var us = ExampleDossiers.For(Example).Where(f => f.RelativePath.Contains("/US/", StringComparison.Ordinal) && f.RelativePath.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var module3 = ExampleDossiers.For(Example).Where(f => f.RelativePath.Contains("/M3/", StringComparison.Ordinal) && f.RelativePath.EndsWith(".md", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(us);
        Assert.DoesNotContain(us, f => Text(f).Contains("characterisation", StringComparison.Ordinal));
        Assert.Contains(module3, f => Text(f).Contains("Extended characterisation", StringComparison.Ordinal));
        Assert.DoesNotContain(module3, f => Text(f).Contains("Extended characterization", StringComparison.Ordinal));
    }

    [Fact]
    public void TheContentsCoverTheLevelsOfTheHeadingsBelowThemNotTheTitleAbove()
    {
        var xml = DocxXml.Part(Rendered.Docx("# Report title\n\n::: toc\n:::\n\n## First section\n\n### Detail\n\n## Second section\n"));

        Assert.Contains("TOC \\o \"2-3\" \\h \\z \\u", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<w:pStyle w:val=\"TOC1\" />", xml, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(xml, "<w:pStyle w:val=\"TOC2\" />"));
    }

    private static string Text(GeneratedFile file) => System.Text.Encoding.UTF8.GetString(file.Content);

    [GeneratedRegex(@"<w:pgSz w:w=""(\d+)"" w:h=""(\d+)""")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"<w:tblGrid>.*?</w:tblGrid>", RegexOptions.Singleline)]
    private static partial Regex TableGrid();

    [GeneratedRegex(@"<w:gridCol w:w=""(\d+)""")]
    private static partial Regex GridColumn();

    [GeneratedRegex(@"<w:docDefaults>.*?<w:lang w:val=""([^""]+)"" w:eastAsia=""([^""]+)""", RegexOptions.Singleline)]
    private static partial Regex DocDefaultsLanguage();
}

using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Word;

/// <summary>
/// The document-control block on the first page (number, version, date, status DRAFT, sponsor,
/// Confidential) and the DRAFT mark on every other page, from the inputs, with visible
/// placeholders where the inputs say nothing.
/// </summary>
public sealed class DocumentControlTests
{
    [Fact]
    public void TheFirstPageCarriesTheBlockWithTheInputsValues()
    {
        var docx = ExampleDossiers.Document("aav-ds-site-transfer", "/M3/3.2.S.2.6-manuf-process-development.docx");

        var first = DocxXml.Part(docx, "word/header2.xml");

        foreach (var text in new[] { "Document number", "HBG-REG-0031-3.2.S.2.6", "Version", "0.1", "2027-03-01", "DRAFT", "Halden Bay Genetics, Inc.", "Confidential" })
        {
            Assert.Contains($">{text}<", first, StringComparison.Ordinal);
        }

        Assert.Contains("<w:tbl>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("[to be assigned]", first, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyTheFirstPageHasTheBlockAndEveryPageIsMarkedAsAConfidentialDraft()
    {
        var docx = ExampleDossiers.Document("aav-ds-site-transfer", "/EU/1.2-application-form.docx");

        var section = DocxXml.Part(docx);
        Assert.Contains("<w:headerReference w:type=\"first\" r:id=\"rIdHeader2\" />", section, StringComparison.Ordinal);
        Assert.Contains("<w:headerReference w:type=\"default\" r:id=\"rIdHeader1\" />", section, StringComparison.Ordinal);
        Assert.Contains("<w:titlePg />", section, StringComparison.Ordinal);
        var other = DocxXml.Part(docx, "word/header1.xml");
        Assert.Contains(">DRAFT · Confidential<", other, StringComparison.Ordinal);
        Assert.DoesNotContain("<w:tbl>", other, StringComparison.Ordinal);
        Assert.Contains(">HBG-REG-0031-assessment<", DocxXml.Part(ExampleDossiers.Document("aav-ds-site-transfer", "/assessment.docx"), "word/header2.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void WhatTheInputsDoNotGiveShowsAsAVisiblePlaceholder()
    {
        var first = DocxXml.Part(ExampleDossiers.Document("aav-new-master-cell-bank", "/EU/1.2-application-form.docx"), "word/header2.xml");

        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(first, ">\\[to be assigned\\]<"));
        Assert.Contains(">[sponsor name]<", first, StringComparison.Ordinal);
        Assert.Contains("<w:color w:val=\"C00000\" /></w:rPr><w:t>[sponsor name]", first.Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void AJapaneseDocumentsBlockIsInJapaneseWithAJapaneseDate()
    {
        var first = DocxXml.Part(ExampleDossiers.Document("aav-ds-site-transfer", "/JP/1-partial-change-application.docx"), "word/header2.xml");

        foreach (var text in new[] { "文書番号", "HBG-REG-0031-JP-1", "作成日", "2027年3月1日", "申請者", "DRAFT（草案）", "Confidential（社外秘）" })
        {
            Assert.Contains($">{text}<", first, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheBlockIsAsWideAsThePagesTextOnEitherPaper()
    {
        var info = Rendered.Info with { Paper = PaperSize.Letter, Control = new DocumentControl("N-1", "1.0", "Sponsor Ltd") };

        var first = DocxXml.Part(MarkdownToDocx.Convert("# Title\n", info, RepositoryTemplates.Set.Reference), "word/header2.xml");

        var widths = System.Text.RegularExpressions.Regex.Matches(first, "<w:gridCol w:w=\"(\\d+)\"").Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(widths, 12240 - (2 * 1418) - 4, 12240 - (2 * 1418));
    }
}

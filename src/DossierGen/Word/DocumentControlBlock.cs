using System.Globalization;
using DossierGen.Word.Xml;

namespace DossierGen.Word;

/// <summary>
/// The headers that say what a document is: on every page a DRAFT and Confidential mark with the
/// running header; on the first page, instead, the mark and the document-control block (number,
/// version, date, status, sponsor, classification) as a table as wide as the text. In the headers,
/// not the body, so the text a writer edits, its Markdown twin and its redlines stay as they are.
/// </summary>
internal static class DocumentControlBlock
{
    private const string MarkColor = "C00000";

    public static WordElement Header(DocumentInfo info) =>
        Wml.Root("w:hdr", relationships: false).Add(
            Mark(info),
            Wml.StyledParagraph(StyleIds.Header).Add(RunFactory.Text(info.HeaderText, RunFormat.Plain, Scripts.ContainsEastAsian(info.HeaderText))));

    public static WordElement FirstPageHeader(DocumentInfo info, PageSetup page)
    {
        var labels = Labels.For(info);
        var control = info.Control;
        var rows = new (string Label, string Value, bool Placeholder)[][]
        {
            [(labels.Number, control.Number ?? labels.ToBeAssigned, control.Number is null), (labels.Version, control.Version ?? labels.ToBeAssigned, control.Version is null)],
            [(labels.Date, labels.FormatDate(info.Date), false), (labels.Status, labels.Draft, false)],
            [(labels.Sponsor, control.Sponsor ?? labels.SponsorPlaceholder, control.Sponsor is null), (labels.Classification, labels.Confidential, false)],
        };

        // Labels a fifth of the width each, values the rest: the widths come from the page, as every table's do.
        var label = page.TextWidth / 5;
        var value = (page.TextWidth / 2) - label;
        var table = new WordElement(Wml.Table).Add(
            new WordElement("w:tblPr").Add(
                Wml.Valued("w:tblStyle", StyleIds.Table),
                new WordElement("w:tblW").With("w:w", (2 * (label + value)).ToString(CultureInfo.InvariantCulture)).With("w:type", "dxa"),
                new WordElement("w:tblLayout").With("w:type", "fixed"),
                new WordElement("w:tblLook").With("w:val", "0000").With("w:firstRow", "false").With("w:lastRow", "false")
                    .With("w:firstColumn", "false").With("w:lastColumn", "false").With("w:noHBand", "true").With("w:noVBand", "true")),
            new WordElement("w:tblGrid").AddRange(new[] { label, value, label, value }.Select(w => new WordElement("w:gridCol").With("w:w", w.ToString(CultureInfo.InvariantCulture)))));
        foreach (var row in rows)
        {
            var tableRow = new WordElement("w:tr").Add(new WordElement("w:trPr").Add(new WordElement("w:cantSplit")));
            foreach (var (name, text, placeholder) in row)
            {
                tableRow.Add(Cell(name, bold: true, color: null), Cell(text, bold: false, color: placeholder ? MarkColor : null));
            }

            table.Add(tableRow);
        }

        // A header ends with a paragraph (Word rejects one that ends with a table); it also spaces the block from the text.
        return Wml.Root("w:hdr", relationships: false).Add(Mark(info), table, Wml.StyledParagraph(StyleIds.Header));
    }

    /// <summary>The mark on every page: DRAFT and Confidential, right-aligned, bold and red.</summary>
    private static WordElement Mark(DocumentInfo info)
    {
        var labels = Labels.For(info);
        var paragraph = new WordElement(Wml.Paragraph).Add(new WordElement(Wml.ParagraphProperties).Add(Wml.Valued("w:pStyle", StyleIds.Header), Wml.Valued("w:jc", "right")));
        return paragraph.Add(Run(labels.Draft + labels.Separator + labels.Confidential, bold: true, MarkColor));
    }

    private static WordElement Cell(string text, bool bold, string? color) =>
        new WordElement("w:tc").Add(Wml.StyledParagraph(StyleIds.Header).Add(Run(text, bold, color)));

    private static WordElement Run(string text, bool bold, string? color)
    {
        // Child order follows the schema: rFonts, b, color, lang.
        var eastAsian = Scripts.ContainsEastAsian(text);
        var properties = new WordElement("w:rPr");
        if (eastAsian)
        {
            properties.Add(new WordElement("w:rFonts").With("w:hint", "eastAsia"));
        }

        if (bold)
        {
            properties.Add(new WordElement("w:b"));
        }

        if (color is not null)
        {
            properties.Add(Wml.Valued("w:color", color));
        }

        if (eastAsian)
        {
            properties.Add(new WordElement("w:lang").With("w:eastAsia", "ja-JP"));
        }

        var run = new WordElement(Wml.Run);
        if (properties.Children.Count > 0)
        {
            run.Add(properties);
        }

        return run.Add(RunFactory.TextElement(text));
    }

    /// <summary>The block's words in the document's language.</summary>
    private sealed record Labels(
        string Number, string Version, string Date, string Status, string Sponsor, string Classification,
        string Draft, string Confidential, string Separator, string ToBeAssigned, string SponsorPlaceholder, bool Japanese)
    {
        private static readonly Labels English = new("Document number", "Version", "Date", "Status", "Sponsor", "Classification", "DRAFT", "Confidential", " · ", "[to be assigned]", "[sponsor name]", Japanese: false);

        private static readonly Labels JapaneseLabels = new("文書番号", "版", "作成日", "ステータス", "申請者", "機密区分", "DRAFT（草案）", "Confidential（社外秘）", "・", "［未定］", "［申請者名］", Japanese: true);

        public static Labels For(DocumentInfo info) => info.Japanese ? JapaneseLabels : English;

        public string FormatDate(DateOnly date) => Japanese
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日")
            : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

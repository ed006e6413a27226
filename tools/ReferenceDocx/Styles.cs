using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Style = DocumentFormat.OpenXml.Wordprocessing.Style;

/// <summary>The style sheet of the reference document: CTD-like, sober, A4, Latin in Arial, Japanese in MS Mincho.</summary>
internal static class Styles
{
    private const string Latin = "Arial";
    private const string EastAsian = "MS Mincho";

    public static DocumentFormat.OpenXml.Wordprocessing.Styles Build() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Latin, HighAnsi = Latin, ComplexScript = Latin, EastAsia = EastAsian },
                new FontSize { Val = "21" },
                new FontSizeComplexScript { Val = "21" },
                new Languages { Val = "en-GB", EastAsia = "ja-JP", Bidi = "ar-SA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
        Paragraph("Normal", "Normal", null, isDefault: true),
        Paragraph("BodyText", "Body Text", "Normal"),
        Paragraph("Compact", "Compact", "BodyText", spacingAfter: "40"),
        Paragraph("Title", "Title", "Normal", size: 36, bold: true, spacingAfter: "240", next: "BodyText"),
        Paragraph("Subtitle", "Subtitle", "Normal", size: 26, spacingAfter: "240", next: "BodyText"),
        Heading(1, 30),
        Heading(2, 26),
        Heading(3, 23),
        Heading(4, 21),
        Paragraph("BlockText", "Block Text", "BodyText", indentLeft: "567"),
        Paragraph("SourceCode", "Source Code", "Normal", font: "Courier New", size: 18),
        Paragraph("FootnoteText", "footnote text", "Normal", size: 17, spacingAfter: "0"),
        Paragraph("Header", "header", "Normal", size: 16, spacingAfter: "0"),
        Paragraph("Footer", "footer", "Normal", size: 16, spacingAfter: "0"),
        DossierGen.Word.SuppliedStyles.Caption(),
        Paragraph("TOCHeading", "TOC Heading", "Heading1", next: "BodyText"),
        Paragraph("TOC1", "toc 1", "Normal", spacingAfter: "60"),
        Paragraph("TOC2", "toc 2", "Normal", spacingAfter: "60", indentLeft: "220"),
        Paragraph("TOC3", "toc 3", "Normal", spacingAfter: "60", indentLeft: "440"),
        Callout("VerifyNote", "Verify Note", "C00000", "FDECEA"),
        Callout("InfoNote", "Info Note", "1F4E79", "E8F0F8"),
        Character("DefaultParagraphFont", "Default Paragraph Font", isDefault: true),
        Character("FootnoteReference", "footnote reference", superscript: true),
        Character("Hyperlink", "Hyperlink", color: "1F4E79", underline: true),
        Character("VerbatimChar", "Verbatim Char", font: "Courier New"),
        TableNormal(),
        Table());

    private static Style Paragraph(
        string id, string name, string? basedOn, bool isDefault = false, int? size = null, bool bold = false,
        string? spacingAfter = null, string? next = null, string? indentLeft = null, string? font = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.Append(new NextParagraphStyle { Val = next });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (spacingAfter is not null)
        {
            paragraph.Append(new SpacingBetweenLines { After = spacingAfter });
        }

        if (indentLeft is not null)
        {
            paragraph.Append(new Indentation { Left = indentLeft });
        }

        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }

        var run = new StyleRunProperties();
        if (font is not null)
        {
            run.Append(new RunFonts { Ascii = font, HighAnsi = font });
        }

        if (bold)
        {
            run.Append(new Bold());
        }

        if (size is { } s)
        {
            run.Append(new FontSize { Val = s.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (run.HasChildren)
        {
            style.Append(run);
        }

        return style;
    }

    private static Style Heading(int level, int size)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };
        style.Append(new StyleName { Val = $"heading {level}" });
        style.Append(new BasedOn { Val = "Normal" });
        style.Append(new NextParagraphStyle { Val = "BodyText" });
        style.Append(new PrimaryStyle());
        style.Append(new StyleParagraphProperties(
            new KeepNext(),
            new KeepLines(),
            new SpacingBetweenLines { Before = level == 1 ? "360" : "240", After = "120" },
            new OutlineLevel { Val = level - 1 }));
        style.Append(new StyleRunProperties(new Bold(), new Color { Val = "1F3864" }, new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        return style;
    }

    private static Style Callout(string id, string name, string border, string fill)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = name });
        style.Append(new BasedOn { Val = "BodyText" });
        style.Append(new PrimaryStyle());
        style.Append(new StyleParagraphProperties(
            new ParagraphBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6U, Color = border, Space = 4U },
                new LeftBorder { Val = BorderValues.Single, Size = 24U, Color = border, Space = 4U },
                new BottomBorder { Val = BorderValues.Single, Size = 6U, Color = border, Space = 4U },
                new RightBorder { Val = BorderValues.Single, Size = 6U, Color = border, Space = 4U }),
            new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill },
            new Indentation { Left = "170", Right = "170" }));
        return style;
    }

    private static Style Character(string id, string name, bool isDefault = false, bool superscript = false, string? color = null, bool underline = false, string? font = null)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id, Default = isDefault ? true : null };
        style.Append(new StyleName { Val = name });
        if (isDefault)
        {
            style.Append(new UIPriority { Val = 1 });
            style.Append(new SemiHidden());
            style.Append(new UnhideWhenUsed());
            return style;
        }

        style.Append(new BasedOn { Val = "DefaultParagraphFont" });
        var run = new StyleRunProperties();
        if (font is not null)
        {
            run.Append(new RunFonts { Ascii = font, HighAnsi = font });
        }

        if (color is not null)
        {
            run.Append(new Color { Val = color });
        }

        if (underline)
        {
            run.Append(new Underline { Val = UnderlineValues.Single });
        }

        if (superscript)
        {
            run.Append(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript });
        }

        style.Append(run);
        return style;
    }

    private static Style TableNormal() => new(
        new StyleName { Val = "Normal Table" },
        new UIPriority { Val = 99 },
        new SemiHidden(),
        new UnhideWhenUsed(),
        new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    {
        Type = StyleValues.Table,
        StyleId = "TableNormal",
        Default = true,
    };

    private static Style Table()
    {
        var border = "7F7F7F";
        var style = new Style { Type = StyleValues.Table, StyleId = "DossierTable" };
        style.Append(new StyleName { Val = "Dossier Table" });
        style.Append(new BasedOn { Val = "TableNormal" });
        style.Append(new UIPriority { Val = 59 });
        style.Append(new StyleParagraphProperties(new SpacingBetweenLines { Before = "20", After = "20" }));
        style.Append(new StyleRunProperties(new FontSize { Val = "18" }));
        style.Append(new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4U, Color = border },
                new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = border },
                new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = border },
                new RightBorder { Val = BorderValues.Single, Size = 4U, Color = border },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = border },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = border }),
            new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa })));
        style.Append(new TableStyleProperties(
            new StyleRunProperties(new Bold()),
            new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "D9E2F3" }))
        {
            Type = TableStyleOverrideValues.FirstRow,
        });
        return style;
    }
}

using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

// Writes templates/reference.docx: the styles DossierGen's Word renderer uses, and nothing else
// that matters (its body text is ignored, as pandoc ignores a reference document's content).
// A company replaces the file with its own, keeping the style ids listed in templates/README.md.
// Run: dotnet run --project tools/ReferenceDocx -- templates/reference.docx
var target = args.Length > 0 ? args[0] : "templates/reference.docx";
using (var stream = new MemoryStream())
{
    using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
    {
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(
            Sample("Title", "DossierGen reference document"),
            Sample("Heading1", "Heading 1"),
            Sample("BodyText", "Body text. The content of this document is ignored; only its styles, page set-up and fonts are used."),
            new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1418, Bottom = 1418, Left = 1418U, Right = 1418U, Header = 709U, Footer = 709U, Gutter = 0U })));
        var styles = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        styles.Styles = Styles.Build();
        var settings = main.AddNewPart<DocumentSettingsPart>("rIdSettings");
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));
    }

    // Fixed entry times and order, so regenerating the file gives the same bytes.
    stream.Position = 0;
    using var source = new ZipArchive(stream, ZipArchiveMode.Read);
    using var output = File.Create(target);
    using var zip = new ZipArchive(output, ZipArchiveMode.Create);
    foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? "" : e.FullName, StringComparer.Ordinal))
    {
        var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
        copy.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var from = entry.Open();
        using var to = copy.Open();
        from.CopyTo(to);
    }
}

Console.WriteLine($"wrote {target}");

static Paragraph Sample(string style, string text) =>
    new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text)));

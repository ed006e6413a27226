using System.IO.Compression;
using System.Xml;
using DossierGen.Generation;
using DossierGen.Review;
using DossierGen.Review.Reading;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Generation;

/// <summary>
/// Characters XML 1.0 cannot hold (C0 controls such as a vertical tab pasted from Word or Excel,
/// U+FFFE and U+FFFF) are dropped wherever user text is written into a Word part: the body,
/// header, footnotes, the core and custom properties, and a redline's comments. Unpaired
/// surrogates never come from a change file (the YAML reader refuses them with their place), and
/// are dropped at the same boundary when text comes from elsewhere.
/// </summary>
public sealed class XmlCharacterTests
{
    /// <summary>Text with forbidden characters between the letters, a C1 control (allowed) and a well-formed emoji pair.</summary>
    private const string Hostile = "A\u0001B\u000BC\u0085D\u0000E\u0008F\uFFFEG\u001FH\uFFFF \U0001F600";

    /// <summary><see cref="Hostile"/> as it must appear in a part: forbidden characters gone, the rest kept.</summary>
    private const string Cleaned = "ABC\u0085DEFGH \U0001F600";

    /// <summary><see cref="Hostile"/> in a one-line place (header, title): the vertical tab and NEL are line breaks, so spaces.</summary>
    private const string OneLineCleaned = "AB C DEFGH \U0001F600";

    /// <summary>Every user-text field holds its name and <see cref="Hostile"/>.</summary>
    private static readonly UserTextChange Change = UserTextChange.TextFields.Aggregate(new UserTextChange(), (change, field) => field.Set(change, field.Name + " " + Hostile));

    [Fact]
    public void EveryPartOfEveryDocumentIsWellFormedXmlAndValid()
    {
        var documents = Change.Generate().Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            AssertEveryPartIsWellFormed(document.Content, document.RelativePath);
            Assert.Empty(DocxChecker.Check(document.Content));
            // In the body a one-line field's vertical tab and NEL are line breaks, folded to spaces, and Markdown reads U+0000 as U+FFFD.
            // The Japanese application shows the Japanese summary instead.
            var summary = document.RelativePath.Contains("/JP/1-", StringComparison.Ordinal) ? "SummaryJa" : "Summary";
            Assert.Contains(summary + " AB C D\uFFFDEFGH \U0001F600", DocxText.Extract(document.Content), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheCoreAndCustomPropertiesHoldTheCleanedText()
    {
        var files = Change.Generate();
        var document = files.First(f => f.RelativePath.EndsWith("manuf-process-development.docx", StringComparison.Ordinal)).Content;

        Assert.Contains("CC-USERTEXT-1: Title " + OneLineCleaned, Part(document, "docProps/core.xml"), StringComparison.Ordinal);
        // Only the internal memo has custom properties (Module 1 and 3 keep their provenance in the manifest).
        var custom = Part(files.Single(f => f.RelativePath.EndsWith("/assessment.docx", StringComparison.Ordinal)).Content, "docProps/custom.xml");
        Assert.Contains("ProductName " + Cleaned, custom, StringComparison.Ordinal);
        Assert.Contains("Description " + Cleaned, custom, StringComparison.Ordinal);
        Assert.Contains("ProductName " + OneLineCleaned, Part(document, "word/header1.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void ARedlineOfSuchDocumentsHasWellFormedComments()
    {
        var (beforeFiles, afterFiles) = (Change.Generate(), (Change with { Proposed = "Changed " + Hostile }).Generate());
        var before = beforeFiles.First(f => f.RelativePath.EndsWith("manuf-process-development.docx", StringComparison.Ordinal));
        var after = afterFiles.First(f => f.RelativePath.EndsWith("manuf-process-development.docx", StringComparison.Ordinal));

        var redline = Redliner.Redline(CheckedDocx.Of(before.Content), CheckedDocx.Of(after.Content), ManifestProvenance.Of(beforeFiles, before), ManifestProvenance.Of(afterFiles, after));

        Assert.True(redline.Comments > 0);
        AssertEveryPartIsWellFormed(redline.Document, "redline");
        Assert.Contains("Changed", Part(redline.Document, "word/comments.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneSurrogateInAYamlEscapeIsRefusedAtItsPlace()
    {
        using var scratch = new TemporaryDirectory();
        var path = new UserTextChange { Summary = "Lone \uD800 surrogate" }.WriteTo(scratch.Path);

        var run = CliRun.Invoke("validate", path);

        Assert.Equal(2, run.ExitCode);
        var line = Array.FindIndex(File.ReadAllLines(path), l => l.Contains("summary:", StringComparison.Ordinal)) + 1;
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{path}({line},", StringComparison.Ordinal) && l.Contains("error DG1005", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryPartStaysWellFormedWhenTextFromElsewhereHoldsLoneSurrogates()
    {
        // Not from a change file (the reader refuses them) but through the library: the writer's boundary drops them.
        const string Lone = "a\uD800b\uDC00c\u0001d";
        var info = new DocumentInfo("Title " + Lone, "Subject " + Lone, "Header " + Lone, new DateOnly(2026, 1, 1), "en-GB")
        {
            Properties = new Dictionary<string, string> { [Provenance.InputPrefix + "title"] = Lone },
        };

        var docx = MarkdownToDocx.Convert("Body " + Lone + "[^a] [link](https://example.com/" + Lone + ")\n\n[^a]: Note " + Lone + "\n", info, RepositoryTemplates.Set.Reference);

        AssertEveryPartIsWellFormed(docx, "document");
        Assert.Empty(DocxChecker.Check(docx));
        Assert.Contains("Title abcd", Part(docx, "docProps/core.xml"), StringComparison.Ordinal);
        Assert.Contains(">abcd<", Part(docx, "docProps/custom.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void ACommentExcerptNeverSplitsASurrogatePair()
    {
        // The cause quotes at most 120 characters of a value; here the cut falls inside an emoji.
        var value = new string('a', 118) + "\U0001F600" + " tail";
        var causes = CauseFinder.Compare(
            new Dictionary<string, string> { [Provenance.InputPrefix + "title"] = "short" },
            new Dictionary<string, string> { [Provenance.InputPrefix + "title"] = value });

        var description = Assert.Single(causes).Description;

        Assert.False(HasLoneSurrogate(description), description);
    }

    [Fact]
    public void LongProvenanceValuesAreNeverSplitInsideASurrogatePair()
    {
        var value = new string('a', Provenance.MaximumLength - 1) + "\U0001F600" + new string('b', 300);

        var pieces = Provenance.Pieces(value);

        Assert.Equal(value, string.Concat(pieces));
        Assert.All(pieces, piece => Assert.False(HasLoneSurrogate(piece), $"piece of {piece.Length} characters splits a surrogate pair"));
        Assert.All(pieces, piece => Assert.True(piece.Length <= Provenance.MaximumLength));
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void AssertEveryPartIsWellFormed(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { CheckCharacters = true, DtdProcessing = DtdProcessing.Prohibit });
            try
            {
                while (reader.Read())
                {
                }
            }
            catch (XmlException e)
            {
                Assert.Fail($"{name}: {entry.FullName} is not well-formed XML: {e.Message}");
            }
        }
    }

    private static string Part(byte[] docx, string part)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(part)!.Open());
        return reader.ReadToEnd();
    }
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Inputs;
using DossierGen.Review;
using DossierGen.Review.Reading;
using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Review;

public sealed class RedlineTests
{
    /// <summary>Neighbouring examples in name order: different products, markets and changes, the same document paths.</summary>
    public static TheoryData<string, string> ExamplePairs()
    {
        var examples = Directory.EnumerateDirectories(RepositoryPaths.Examples).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var data = new TheoryData<string, string>();
        for (var i = 0; i + 1 < examples.Count; i++)
        {
            data.Add(examples[i], examples[i + 1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExamplePairs))]
    public void AcceptingEveryChangeGivesTheNewTextAndRejectingEveryChangeTheOld(string oldExample, string newExample)
    {
        var newFiles = ExampleDossiers.For(newExample).Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal)).ToDictionary(f => Tail(f.RelativePath), f => f.Content, StringComparer.Ordinal);
        var pairs = ExampleDossiers.For(oldExample).Where(f => newFiles.ContainsKey(Tail(f.RelativePath))).ToList();
        Assert.NotEmpty(pairs);
        foreach (var old in pairs)
        {
            var @new = newFiles[Tail(old.RelativePath)];
            var redline = Redliner.Redline(old.Content, @new).Document;

            Assert.Equal(TrackedChanges.BodyText(@new), TrackedChanges.BodyText(TrackedChanges.AcceptAll(redline)));
            Assert.Equal(TrackedChanges.BodyText(old.Content), TrackedChanges.BodyText(TrackedChanges.RejectAll(redline)));
        }
    }

    [Fact]
    public void RedlinesAreValidWordDocumentsWithTrackedChangesAndComments()
    {
        // A Type IB application form against a Type II one.
        var old = ExampleDossiers.Document("aav-dp-shelf-life-extension", "/EU/1.2-application-form.docx");
        var @new = ExampleDossiers.Document("aav-dp-shelf-life-extrapolated", "/EU/1.2-application-form.docx");

        var result = Redliner.Redline(old, @new);

        Assert.Empty(DocxChecker.Check(result.Document));
        Assert.True(result.Revisions > 0);
        Assert.True(result.Comments > 0);
        using var document = WordprocessingDocument.Open(new MemoryStream(result.Document), isEditable: false);
        var body = document.MainDocumentPart!.Document!.Body!;
        Assert.Equal(result.Revisions, body.Descendants().Count(e => e is InsertedRun or DeletedRun or Inserted or Deleted));
        Assert.Contains(body.Descendants<DeletedText>(), t => t.Text.Contains("IB", StringComparison.Ordinal));
        Assert.Contains(body.Descendants<InsertedRun>(), r => r.InnerText.Contains("II", StringComparison.Ordinal));
        Assert.All(body.Descendants<InsertedRun>(), r => Assert.Equal(Redliner.Author, r.Author?.Value));
        Assert.Equal(result.Comments, document.MainDocumentPart.WordprocessingCommentsPart!.Comments!.Elements<Comment>().Count());
    }

    [Fact]
    public void EveryExampleRedlineAgainstItsNeighbourPassesTheWordChecks()
    {
        var examples = ExamplePairs().Select(row => ((string)row[0], (string)row[1])).Take(6);
        foreach (var (oldExample, newExample) in examples)
        {
            foreach (var path in new[] { "/US/1.2-cover-letter.docx", "/EU/1.2-application-form.docx", "/assessment.docx" })
            {
                var (old, @new) = (ExampleDossiers.For(oldExample).SingleOrDefault(f => f.RelativePath.EndsWith(path, StringComparison.Ordinal)), ExampleDossiers.For(newExample).SingleOrDefault(f => f.RelativePath.EndsWith(path, StringComparison.Ordinal)));
                if (old is not null && @new is not null)
                {
                    var faults = DocxChecker.Check(Redliner.Redline(old.Content, @new.Content).Document);
                    Assert.True(faults.Count == 0, $"{oldExample} -> {newExample} {path}:\n" + string.Join("\n", faults.Take(5)));
                }
            }
        }
    }

    [Fact]
    public void ADocumentAgainstItselfHasNoRevisionsAndTheRedlineIsByteForByteRepeatable()
    {
        var document = ExampleDossiers.Document("aav-ds-site-transfer", "/M3/3.2.S.2.1-manufacturer.docx");
        var other = ExampleDossiers.Document("aav-ds-site-move-licensed-facility", "/M3/3.2.S.2.1-manufacturer.docx");

        var same = Redliner.Redline(document, document);

        Assert.Equal(0, same.Revisions);
        Assert.Equal(0, same.Comments);
        Assert.Equal(TrackedChanges.BodyText(document), TrackedChanges.BodyText(same.Document));
        Assert.Equal(Redliner.Redline(document, other).Document, Redliner.Redline(document, other).Document);
    }

    [Fact]
    public void AnEditedInputFieldIsNamedAsTheCauseOfTheRevisionsItMade()
    {
        using var scratch = new TemporaryDirectory();
        var before = Generate(scratch, "aav-ds-site-transfer", "before", text => text);
        var after = Generate(scratch, "aav-ds-site-transfer", "after", text => text.Replace("Unit C, Cork P43 XK21", "Unit D, Cork P43 XK22", StringComparison.Ordinal));

        var comments = Comments(Redline(before, after));

        var comment = Assert.Single(comments);
        Assert.StartsWith("Cause: input C1.proposed changed from 'Halden Bay Genetics Ireland Ltd, Ringaskiddy Biologics Campus, Unit C, Cork P43 XK21, IE' to ", comment, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditedDescriptionIsNamedEvenWhenItIsLongerThanAWordProperty()
    {
        using var scratch = new TemporaryDirectory();
        var before = Generate(scratch, "aav-ds-site-transfer", "before", text => text, "/M3/3.2.S.2.6-manuf-process-development.docx");
        var after = Generate(scratch, "aav-ds-site-transfer", "after", text => text.Replace("the Cork\n  facility has not yet", "the Cork\n  facility has never yet", StringComparison.Ordinal), "/M3/3.2.S.2.6-manuf-process-development.docx");

        var comments = Comments(Redline(before, after));

        Assert.NotEmpty(comments);
        Assert.All(comments, c => Assert.StartsWith("Cause: input description changed from ", c, StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutProvenanceTheCommentSaysNoCauseIsKnown()
    {
        var old = Strip(ExampleDossiers.Document("aav-dp-shelf-life-extension", "/EU/1.2-application-form.docx"));
        var @new = Strip(ExampleDossiers.Document("aav-dp-shelf-life-extrapolated", "/EU/1.2-application-form.docx"));

        var comments = Comments(Redliner.Redline(old, @new).Document);

        Assert.NotEmpty(comments);
        Assert.All(comments, c => Assert.StartsWith("Cause: none of the inputs, rules or templates", c, StringComparison.Ordinal));
    }

    [Fact]
    public void DeletedListItemsKeepTheirBullets()
    {
        // Module 3 sections the old cover letter lists (a bulleted list) are gone from the new one.
        var old = ExampleDossiers.Document("aav-ds-site-transfer", "/US/1.2-cover-letter.docx");
        var @new = ExampleDossiers.Document("aav-dp-shelf-life-extension", "/US/1.2-cover-letter.docx");

        var rejected = TrackedChanges.BodyText(TrackedChanges.RejectAll(Redliner.Redline(old, @new).Document));

        Assert.Contains("\n- ", rejected, StringComparison.Ordinal);
        Assert.Equal(TrackedChanges.BodyText(old), rejected);
    }

    private static string Tail(string relativePath) => relativePath[relativePath.IndexOf('/', StringComparison.Ordinal)..];

    /// <summary>The redline of two generated documents, with the provenance their dossiers' manifests record.</summary>
    private static byte[] Redline((byte[] Docx, IReadOnlyDictionary<string, string> Provenance) before, (byte[] Docx, IReadOnlyDictionary<string, string> Provenance) after) =>
        Redliner.Redline(CheckedDocx.Of(before.Docx), CheckedDocx.Of(after.Docx), before.Provenance, after.Provenance).Document;

    private static (byte[] Docx, IReadOnlyDictionary<string, string> Provenance) Generate(TemporaryDirectory scratch, string example, string name, Func<string, string> edit, string path = "/M3/3.2.S.2.1-manufacturer.docx")
    {
        var folder = scratch.File(name);
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Examples, example)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var changePath = Path.Combine(folder, "change.yaml");
        var original = File.ReadAllText(changePath);
        var edited = edit(original);
        Assert.True(name == "before" || edited != original, "the edit must change the file");
        File.WriteAllText(changePath, edited);
        var diagnostics = new DiagnosticBag();
        var change = new ChangeFileReader(RepositoryPaths.RepositoryWorkspace.InputSources).Read(changePath, diagnostics)!;
        var assessment = AssessmentEngine.Assess(change, RepositoryRules.Set, change.ImplementationDate!.Value);
        var files = DossierGenerator.Generate(assessment, RepositoryTemplates.Set, diagnostics)!;
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var document = files.Single(f => f.RelativePath.EndsWith(path, StringComparison.Ordinal));
        return (document.Content, ManifestProvenance.Of(files, document));
    }

    private static List<string> Comments(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return [.. document.MainDocumentPart!.WordprocessingCommentsPart?.Comments?.Elements<Comment>().Select(c => c.InnerText) ?? []];
    }

    /// <summary>The document without custom properties (Module 1 and 3 documents have none now), as a Word file from elsewhere would be.</summary>
    private static byte[] Strip(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            if (document.CustomFilePropertiesPart is { } properties)
            {
                document.DeletePart(properties);
            }
        }

        return stream.ToArray();
    }
}

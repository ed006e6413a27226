using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

public sealed class RedlineCommandTests
{
    [Fact]
    public void RedlineWritesTheTrackedChangesDocumentAndSaysWhatItHolds()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllBytes(scratch.File("old.docx"), ExampleDossiers.Document("aav-dp-shelf-life-extension", "/EU/1.2-application-form.docx"));
        File.WriteAllBytes(scratch.File("new.docx"), ExampleDossiers.Document("aav-dp-shelf-life-extrapolated", "/EU/1.2-application-form.docx"));

        var run = CliRun.Invoke("redline", scratch.File("old.docx"), scratch.File("new.docx"), "-o", scratch.File("out/review.docx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"review\.docx: \d+ tracked change\(s\), \d+ comment\(s\) naming their causes\n$", run.Out);
        Assert.Empty(DossierGen.Word.DocxChecker.Check(File.ReadAllBytes(scratch.File("out/review.docx"))));
        Assert.DoesNotContain(Directory.EnumerateFiles(scratch.File("out")), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public void DocumentsInsideGeneratedDossiersHaveTheirCausesFromTheDossiersManifests()
    {
        using var workspace = new TemporaryDirectory();
        CliRun.Invoke("init", workspace.Path);
        var change = workspace.File("changes/CC-0001/change.yaml");
        Assert.Equal(0, CliRun.Invoke("generate", change, "-o", workspace.File("approved")).ExitCode);
        File.WriteAllText(change, File.ReadAllText(change).Replace("proposed: Site A and Site B", "proposed: Site A and Site C", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.Invoke("generate", change, "-o", workspace.File("now")).ExitCode);

        var run = CliRun.Invoke("redline", workspace.File("approved/CC-0001/US/1.2-cover-letter.docx"), workspace.File("now/CC-0001/US/1.2-cover-letter.docx"), "-o", workspace.File("review.docx"));

        Assert.Equal(0, run.ExitCode);
        var comments = DocxXml.Part(File.ReadAllBytes(workspace.File("review.docx")), "word/comments.xml");
        Assert.Contains("Cause: input C1.proposed changed from 'Site A and Site B' to 'Site A and Site C'", comments, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutOutputTheRedlineGoesBesideTheNewDocument()
    {
        using var scratch = new TemporaryDirectory();
        var document = ExampleDossiers.Document("aav-ds-site-transfer", "/US/1.2-cover-letter.docx");
        File.WriteAllBytes(scratch.File("a.docx"), document);
        File.WriteAllBytes(scratch.File("b.docx"), document);

        var run = CliRun.Invoke("redline", scratch.File("a.docx"), scratch.File("b.docx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{scratch.File("b.redline.docx")}: no differences in the text\n", run.Out);
        Assert.True(File.Exists(scratch.File("b.redline.docx")));
    }

    [Fact]
    public void AFileThatIsNotWordIsAUsageErrorAndNothingIsWritten()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("a.docx"), "not a zip");
        File.WriteAllBytes(scratch.File("b.docx"), ExampleDossiers.Document("aav-ds-site-transfer", "/US/1.2-cover-letter.docx"));
        var before = scratch.Snapshot();

        var run = CliRun.Invoke("redline", scratch.File("a.docx"), scratch.File("b.docx"), "-o", scratch.File("out.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("a.docx(1,1): error DG3008: cannot read", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, scratch.Snapshot());
    }

    [Fact]
    public void AnOutputPathThatIsASymbolicLinkIsRefusedAndWhatItPointsToIsKept()
    {
        using var scratch = DocumentPair();
        File.WriteAllText(scratch.File("precious.docx"), "theirs");
        File.CreateSymbolicLink(scratch.File("review.docx"), scratch.File("precious.docx"));
        var before = scratch.Snapshot();

        var run = CliRun.Invoke("redline", scratch.File("a.docx"), scratch.File("b.docx"), "-o", scratch.File("review.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"review.docx(1,1): error DG3015:", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, scratch.Snapshot());
        Assert.NotNull(new FileInfo(scratch.File("review.docx")).LinkTarget);
    }

    [Fact]
    public void AnOutputPathThatIsAFifoIsNotReplaced()
    {
        using var scratch = DocumentPair();
        var fifo = Generation.AtomicFileTests.MakeFifo(scratch.File("review.docx"));

        var run = CliRun.Invoke("redline", scratch.File("a.docx"), scratch.File("b.docx"), "-o", fifo);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG3015", run.Error, StringComparison.Ordinal);
        Assert.Equal(DossierGen.FileSystem.EntryKind.Pipe, DossierGen.FileSystem.FileEntry.LinkKindOf(fifo));
    }

    [Fact]
    public void AMissingFileIsAUsageError()
    {
        using var scratch = new TemporaryDirectory();

        var run = CliRun.Invoke("redline", scratch.File("missing.docx"), scratch.File("missing.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG3008", run.Error, StringComparison.Ordinal);
    }

    private static TemporaryDirectory DocumentPair()
    {
        var scratch = new TemporaryDirectory();
        File.WriteAllBytes(scratch.File("a.docx"), ExampleDossiers.Document("aav-dp-shelf-life-extension", "/EU/1.2-application-form.docx"));
        File.WriteAllBytes(scratch.File("b.docx"), ExampleDossiers.Document("aav-dp-shelf-life-extrapolated", "/EU/1.2-application-form.docx"));
        return scratch;
    }
}

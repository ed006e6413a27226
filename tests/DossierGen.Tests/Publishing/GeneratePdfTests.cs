using System.Text.Json;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Publishing;

/// <summary>
/// <c>generate --pdf</c> and <c>batch --pdf</c> around LibreOffice, with a stand-in soffice (see
/// <see cref="FakeLibreOffice"/>): the PDFs are part of the staged dossier and its manifest, a
/// missing LibreOffice writes nothing, and <c>check</c> judges committed PDFs without LibreOffice.
/// </summary>
public sealed class GeneratePdfTests
{
    private const string Dossier = "dossiers/CC-0001";

    [Fact]
    public void GenerateWithPdfWritesAPdfBesideEveryWordDocumentAndListsItInTheManifest()
    {
        using var workspace = Workspace(out var soffice);

        var run = CliProcess.Run([("DOSSIERGEN_SOFFICE", soffice)], "generate", workspace.File("changes/CC-0001/change.yaml"), "--pdf");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Word documents, their Markdown twins and PDFs, assessment.json", run.Out, StringComparison.Ordinal);
        var documents = Directory.GetFiles(workspace.File(Dossier), "*.docx", SearchOption.AllDirectories);
        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.True(File.Exists(Path.ChangeExtension(d, ".pdf")), d));
        var listed = Listed(workspace);
        Assert.All(documents, d => Assert.Contains(Path.GetRelativePath(workspace.File(Dossier), Path.ChangeExtension(d, ".pdf")).Replace('\\', '/'), listed));
        Assert.Empty(Directory.EnumerateDirectories(workspace.File("dossiers"), ".*"));
    }

    [Fact]
    public void GenerateWithPdfWithoutLibreOfficeWritesNothingAndExitsTwo()
    {
        using var workspace = Workspace(out _);
        var before = workspace.Snapshot();

        var run = CliProcess.Run([("DOSSIERGEN_SOFFICE", workspace.File("no-such-soffice"))], "generate", workspace.File("changes/CC-0001/change.yaml"), "--pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG3035: --pdf converts the Word documents with LibreOffice, and DOSSIERGEN_SOFFICE names", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, workspace.Snapshot());
    }

    [Fact]
    public void AFailedConversionLeavesThePreviousDossierAsItWas()
    {
        using var workspace = Workspace(out _);
        Assert.Equal(0, CliRun.Invoke("generate", workspace.File("changes/CC-0001/change.yaml")).ExitCode);
        var failing = FakeLibreOffice.Write(workspace.File("tools"), "exit 1", "failing-soffice");
        var before = workspace.Snapshot();

        var run = CliProcess.Run([("DOSSIERGEN_SOFFICE", failing)], "generate", workspace.File("changes/CC-0001/change.yaml"), "--pdf");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG3037: LibreOffice (", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, workspace.Snapshot());
    }

    [Fact]
    public void BatchWithPdfWritesThePdfsToo()
    {
        using var workspace = Workspace(out var soffice);

        var run = CliProcess.Run([("DOSSIERGEN_SOFFICE", soffice)], "batch", workspace.File("changes"), "--pdf", "--jobs", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.All(Directory.GetFiles(workspace.File(Dossier), "*.docx", SearchOption.AllDirectories), d => Assert.True(File.Exists(Path.ChangeExtension(d, ".pdf")), d));
    }

    [Fact]
    public void CheckAcceptsCommittedPdfsWithoutLibreOffice()
    {
        using var workspace = Generated();

        var check = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("every dossier matches", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsAnEditedPdfAsChanged()
    {
        using var workspace = Generated();
        File.AppendAllText(workspace.File(Dossier + "/US/1.2-cover-letter.pdf"), "% edited\n");

        var check = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("changed  " + Path.Combine("dossiers", "CC-0001", "US", "1.2-cover-letter.pdf"), check.Out, StringComparison.Ordinal);
        Assert.Contains("with --pdf where the dossier has PDFs", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsADeletedPdfAsMissing()
    {
        using var workspace = Generated();
        File.Delete(workspace.File(Dossier + "/EU/1.2-application-form.pdf"));

        var check = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("missing  " + Path.Combine("dossiers", "CC-0001", "EU", "1.2-application-form.pdf"), check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void APdfWhoseWordDocumentDriftedIsStale()
    {
        using var workspace = Generated();
        var change = workspace.File("changes/CC-0001/change.yaml");
        File.WriteAllText(change, File.ReadAllText(change).Replace("title: ", "title: Revised ", StringComparison.Ordinal));

        var check = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("changed  " + Path.Combine("dossiers", "CC-0001", "US", "1.2-cover-letter.docx"), check.Out, StringComparison.Ordinal);
        Assert.Contains("stale    " + Path.Combine("dossiers", "CC-0001", "US", "1.2-cover-letter.pdf"), check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RegeneratingWithoutPdfRemovesTheOldPdfs()
    {
        using var workspace = Generated();

        Assert.Equal(0, CliRun.Invoke("generate", workspace.File("changes/CC-0001/change.yaml")).ExitCode);

        Assert.Empty(Directory.GetFiles(workspace.File(Dossier), "*.pdf", SearchOption.AllDirectories));
        Assert.Equal(0, CliRun.InvokeIn(workspace.Path, "check", workspace.Path).ExitCode);
    }

    /// <summary>A workspace as init writes it, with a stand-in soffice under tools/.</summary>
    private static TemporaryDirectory Workspace(out string soffice)
    {
        var workspace = new TemporaryDirectory();
        Assert.Equal(0, CliRun.Invoke("init", workspace.Path).ExitCode);
        Directory.CreateDirectory(workspace.File("tools"));
        soffice = FakeLibreOffice.Write(workspace.File("tools"), FakeLibreOffice.Converts);
        return workspace;
    }

    private static TemporaryDirectory Generated()
    {
        var workspace = Workspace(out var soffice);
        Assert.Equal(0, CliProcess.Run([("DOSSIERGEN_SOFFICE", soffice)], "generate", workspace.File("changes/CC-0001/change.yaml"), "--pdf").ExitCode);
        return workspace;
    }

    private static List<string> Listed(TemporaryDirectory workspace)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(workspace.File(Dossier + "/manifest.json")));
        return [.. manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!)];
    }
}

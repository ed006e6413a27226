using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

/// <summary>
/// <c>check</c> compares what a dossier says, not how it was zipped: a Word document is compared
/// part by part after decompressing, the Markdown twins and JSON byte for byte, and the manifest as
/// the one DossierGen would write for the committed files.
/// </summary>
public sealed class DriftCheckTests
{
    private const string Document = "dossiers/CC-0001/US/1.2-cover-letter.docx";

    [Fact]
    public void ADocumentZippedAtAnotherCompressionLevelStillMatches()
    {
        using var workspace = Generated();

        Recommit(workspace, Document, Rezip(File.ReadAllBytes(workspace.File(Document)), CompressionLevel.SmallestSize, edit: null));

        var check = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("every dossier matches", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void OneChangedLetterInADocumentIsDrift()
    {
        using var workspace = Generated();

        Recommit(workspace, Document, Rezip(File.ReadAllBytes(workspace.File(Document)), CompressionLevel.Optimal, edit: ("word/document.xml", "Cover letter", "Cover lettre")));

        var check = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"changed  {Document}", check.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestThatDoesNotFitTheCommittedDocumentsIsDrift()
    {
        using var workspace = Generated();

        // Re-zipped, but the manifest still has the old bytes' hash.
        File.WriteAllBytes(workspace.File(Document), Rezip(File.ReadAllBytes(workspace.File(Document)), CompressionLevel.NoCompression, edit: null));

        var check = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);
        Assert.Equal(1, check.ExitCode);
        Assert.Equal($"changed  dossiers/CC-0001/manifest.json", check.Out.Split('\n')[0]);
    }

    [Fact]
    public void AHostileCommittedDocumentIsDriftNotACrash()
    {
        using var workspace = Generated();
        foreach (var recipe in new[] { "zip-bomb-lying-header", "zip-bomb-honest-header", "many-entries" })
        {
            File.WriteAllBytes(workspace.File(Document), HostileDocx.Large.Single(r => r.Name == recipe).Build());

            var check = CliRun.InvokeIn(workspace.Path, "check", workspace.Path);
            Assert.Equal(1, check.ExitCode);
            Assert.Contains($"changed  {Document}", check.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", check.Error, StringComparison.Ordinal);
        }
    }

    private static TemporaryDirectory Generated()
    {
        var workspace = new TemporaryDirectory();
        Assert.Equal(0, CliRun.Invoke("init", workspace.Path).ExitCode);
        Assert.Equal(0, CliRun.Invoke("generate", workspace.File("changes/CC-0001/change.yaml")).ExitCode);
        Assert.Equal(0, CliRun.InvokeIn(workspace.Path, "check", workspace.Path).ExitCode);
        return workspace;
    }

    /// <summary>Writes a document as another runtime's generate would: the file, and its size and hash in the manifest.</summary>
    private static void Recommit(TemporaryDirectory workspace, string path, byte[] content)
    {
        var old = File.ReadAllBytes(workspace.File(path));
        File.WriteAllBytes(workspace.File(path), content);
        var manifestPath = workspace.File("dossiers/CC-0001/manifest.json");
        var (oldHash, newHash) = (Convert.ToHexStringLower(SHA256.HashData(old)), Convert.ToHexStringLower(SHA256.HashData(content)));
        var manifest = File.ReadAllText(manifestPath);
        var edited = Regex.Replace(manifest, $"(\"bytes\":\\s*){old.Length}(,\\s*\"sha256\":\\s*\"){oldHash}\"", $"${{1}}{content.Length}${{2}}{newHash}\"");
        Assert.NotEqual(manifest, edited);
        File.WriteAllText(manifestPath, edited);
    }

    /// <summary>The same entries in reverse order, at another compression level and time, one of them optionally edited.</summary>
    private static byte[] Rezip(byte[] docx, CompressionLevel level, (string Entry, string Old, string New)? edit)
    {
        using var source = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.Reverse())
            {
                using var read = entry.Open();
                using var content = new MemoryStream();
                read.CopyTo(content);
                var bytes = content.ToArray();
                if (edit is { } e && entry.FullName == e.Entry)
                {
                    var text = Encoding.UTF8.GetString(bytes);
                    Assert.Contains(e.Old, text, StringComparison.Ordinal);
                    bytes = Encoding.UTF8.GetBytes(text.Replace(e.Old, e.New, StringComparison.Ordinal));
                }

                var copy = zip.CreateEntry(entry.FullName, level);
                copy.LastWriteTime = new DateTimeOffset(2031, 5, 6, 7, 8, 10, TimeSpan.Zero);
                using var write = copy.Open();
                write.Write(bytes);
            }
        }

        return output.ToArray();
    }
}

using System.IO.Compression;
using DossierGen.Diagnostics;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Word;

/// <summary>A broken reference.docx is a located DG3005, never a crash.</summary>
public sealed class ReferenceDocumentTests
{
    public static TheoryData<string> Breakages => ["malformed styles", "styles with a DTD", "no styles part", "no document part", "not a zip"];

    [Theory]
    [MemberData(nameof(Breakages))]
    public void ABrokenReferenceDocumentIsRefusedWithItsPlace(string breakage)
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("reference.docx");
        File.Copy(Path.Combine(RepositoryPaths.Templates, "reference.docx"), path);
        Break(path, breakage);
        var diagnostics = new DiagnosticBag();

        var reference = ReferenceDocument.Load(path, diagnostics);

        Assert.Null(reference);
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.InvalidReferenceDocument, diagnostic.Code);
        Assert.Equal(SourceLocation.StartOf(path), diagnostic.Location);
    }

    private static void Break(string path, string breakage)
    {
        if (breakage == "not a zip")
        {
            File.WriteAllText(path, "not a Word document");
            return;
        }

        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var part = breakage == "no document part" ? "word/document.xml" : "word/styles.xml";
        zip.GetEntry(part)!.Delete();
        if (breakage is "malformed styles" or "styles with a DTD")
        {
            using var writer = new StreamWriter(zip.CreateEntry(part).Open());
            writer.Write(breakage == "malformed styles"
                ? "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:style>"
                : "<?xml version=\"1.0\"?><!DOCTYPE w:styles [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">&x;</w:styles>");
        }
    }
}

using System.IO.Compression;
using System.Text.RegularExpressions;
using DossierGen.Diagnostics;
using DossierGen.Generation;

namespace DossierGen.Publishing;

/// <summary>
/// Adds a PDF beside every Word document of generated dossiers (<c>generate --pdf</c>), in memory,
/// before anything is written: the PDFs are staged and swapped in with the rest of each dossier
/// and listed in its manifest, so a failed conversion writes nothing.
/// </summary>
public static partial class PdfPublisher
{
    /// <summary>The dossiers with their PDFs and new manifests; null (with diagnostics) when any conversion failed.</summary>
    public static IReadOnlyList<DossierOutput>? WithPdfs(IReadOnlyList<DossierOutput> dossiers, PdfConverter converter, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        ArgumentNullException.ThrowIfNull(converter);
        if (dossiers.Count == 0)
        {
            return dossiers;
        }

        var documents = dossiers.SelectMany(d => d.Files.Where(IsWordDocument).Select(f => (Dossier: d, File: f))).ToList();
        var jobs = documents.Select(d => new PdfJob(Path.Combine(d.Dossier.OutputDirectory, PdfPath(d.File.RelativePath)), PdfLinkTargets.Rewrite(d.File.Content), DateOf(d.File.Content))).ToList();
        var pdfs = converter.Convert(jobs, SourceLocation.StartOf(dossiers[0].Folder), diagnostics);
        if (pdfs is null)
        {
            return null;
        }

        return [.. dossiers.Select(dossier =>
        {
            var manifest = dossier.ChangeId + "/" + DossierManifest.FileName;
            var written = dossier.Files.FirstOrDefault(f => f.RelativePath == manifest)?.Content;
            var files = dossier.Files.Where(f => f.RelativePath != manifest).ToList();
            files.AddRange(documents.Select((d, i) => (d, i)).Where(x => ReferenceEquals(x.d.Dossier, dossier)).Select(x => new GeneratedFile(PdfPath(x.d.File.RelativePath), pdfs[x.i])));
            files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
            files.Add(new GeneratedFile(manifest, written is null ? DossierGenerator.Manifest(dossier.ChangeId, files) : DossierGenerator.Manifest(dossier.ChangeId, files, written)));
            return dossier with { Files = files };
        })];
    }

    /// <summary>The path of the PDF beside a Word document.</summary>
    public static string PdfPath(string docxPath)
    {
        ArgumentNullException.ThrowIfNull(docxPath);
        return docxPath[..^".docx".Length] + ".pdf";
    }

    public static bool IsWordDocument(GeneratedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.RelativePath.EndsWith(".docx", StringComparison.Ordinal);
    }

    /// <summary>The date DossierGen wrote into the document's core properties (the dossier's date, never the clock).</summary>
    private static DateOnly DateOf(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
        var created = CreatedPattern().Match(reader.ReadToEnd());
        return DateOnly.ParseExact(created.Groups[1].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"<dcterms:created[^>]*>(\d{4}-\d{2}-\d{2})")]
    private static partial Regex CreatedPattern();
}

using System.Security.Cryptography;
using DossierGen.FileSystem;
using DossierGen.Generation;
using DossierGen.Publishing;

namespace DossierGen.Review;

/// <summary>
/// Compares a generated dossier, in memory, with the copy committed under the output folder: Word
/// documents part by part (<see cref="DocxComparison"/>), the Markdown twins and JSON byte for byte,
/// and the manifest as the one DossierGen would write for the committed files, so a runtime that
/// compresses differently flags nothing while any change of content still shows.
/// PDFs (<c>generate --pdf</c>) are never made again here: LibreOffice and its fonts differ between
/// machines, and check must not need them. A committed PDF beside a generated Word document counts
/// as part of the dossier and must match the committed manifest; it is stale when its Word
/// document drifted. A dossier whose manifest lists PDFs expects one beside every Word document.
/// </summary>
public static class DriftChecker
{
    public static IReadOnlyList<Drift> Compare(string outputDirectory, string changeId, IReadOnlyList<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var drifts = new List<Drift>();
        var generated = new HashSet<string>(StringComparer.Ordinal);
        var manifestPath = changeId + "/manifest.json";
        var folder = Path.Combine(outputDirectory, changeId);
        var listed = DossierManifest.Listed(folder, changeId);
        var withPdfs = listed?.Keys.Any(p => p.EndsWith(".pdf", StringComparison.Ordinal)) == true;
        var provenance = new DocumentProvenance(
            listed is null ? null : DossierManifest.CommittedProvenance(folder, changeId),
            files.FirstOrDefault(f => f.RelativePath == manifestPath) is { } manifest ? DossierManifest.ProvenanceOf(manifest.Content) : null);

        // The committed files as they stand for the generated ones: what the committed manifest must describe.
        var committedFiles = new List<GeneratedFile>();
        foreach (var file in files.Where(f => f.RelativePath != manifestPath))
        {
            var path = Path.Combine(outputDirectory, file.RelativePath);
            generated.Add(Path.GetFullPath(path));
            var committed = Committed(file, path);
            if (committed is null)
            {
                drifts.Add(File.Exists(path) ? new Drift(path, "changed") { Causes = CausesOf(file, path, files, changeId, provenance) } : new Drift(path, "missing"));
            }

            committedFiles.Add(committed ?? file);
            if (PdfPublisher.IsWordDocument(file))
            {
                ComparePdf(outputDirectory, file.RelativePath, changeId, listed, withPdfs, documentDrifted: committed is null, generated, committedFiles, drifts);
            }
        }

        if (files.Any(f => f.RelativePath == manifestPath))
        {
            var path = Path.Combine(outputDirectory, manifestPath);
            generated.Add(Path.GetFullPath(path));
            committedFiles.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
            if (Committed(new GeneratedFile(manifestPath, DossierGenerator.Manifest(changeId, committedFiles, files.First(f => f.RelativePath == manifestPath).Content)), path) is null)
            {
                drifts.Add(File.Exists(path) ? new Drift(path, "changed") { Causes = ProvenanceCauses(provenance) } : new Drift(path, "missing"));
            }
        }

        if (Directory.Exists(folder))
        {
            drifts.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(p => !generated.Contains(Path.GetFullPath(p)))
                .Order(StringComparer.Ordinal)
                .Select(p => new Drift(p, "extra")));
        }

        return drifts;
    }

    /// <summary>What made a Word document or its Markdown twin drift, from the document's provenance.</summary>
    private static IReadOnlyList<string> CausesOf(GeneratedFile file, string path, IReadOnlyList<GeneratedFile> files, string changeId, DocumentProvenance provenance)
    {
        IReadOnlyList<string> Of(string docxPath, GeneratedFile docx)
        {
            var relative = docx.RelativePath[(changeId.Length + 1)..];
            return DriftCauses.Of(docxPath, docx.Content, provenance.Committed?.GetValueOrDefault(relative), provenance.Generated?.GetValueOrDefault(relative));
        }

        if (PdfPublisher.IsWordDocument(file))
        {
            return Of(path, file);
        }

        var document = Path.ChangeExtension(file.RelativePath, ".docx");
        return file.RelativePath.EndsWith(".md", StringComparison.Ordinal) && files.FirstOrDefault(f => f.RelativePath == document) is { } twin
            ? Of(Path.ChangeExtension(path, ".docx"), twin)
            : [];
    }

    /// <summary>
    /// Why the manifest drifted where its documents' provenance did: a rule edited or an input
    /// changed without changing any document's text shows only there. Each cause once, in
    /// document order; none when the committed manifest records no provenance.
    /// </summary>
    private static IReadOnlyList<string> ProvenanceCauses(DocumentProvenance provenance)
    {
        if (provenance.Committed is not { Count: > 0 } committed || provenance.Generated is not { } generated)
        {
            return [];
        }

        var empty = new Dictionary<string, string>();
        return [.. generated.Keys.Union(committed.Keys).Order(StringComparer.Ordinal)
            .SelectMany(path => DriftCauses.Between(committed.GetValueOrDefault(path) ?? empty, generated.GetValueOrDefault(path) ?? empty))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The documents' provenance from the committed manifest and the regenerated one, by path in the dossier folder (null where a manifest holds none).</summary>
    private sealed record DocumentProvenance(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Committed,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? Generated);

    /// <summary>The committed PDF beside a generated Word document, judged without LibreOffice.</summary>
    private static void ComparePdf(
        string outputDirectory, string docxPath, string changeId, IReadOnlyDictionary<string, string>? listed, bool withPdfs, bool documentDrifted,
        HashSet<string> generated, List<GeneratedFile> committedFiles, List<Drift> drifts)
    {
        var relative = PdfPublisher.PdfPath(docxPath);
        var path = Path.Combine(outputDirectory, relative);
        var kind = FileEntry.LinkKindOf(path);
        if (kind == EntryKind.Missing)
        {
            if (withPdfs)
            {
                generated.Add(Path.GetFullPath(path));
                drifts.Add(new Drift(path, "missing"));
            }

            return;
        }

        generated.Add(Path.GetFullPath(path));
        if (kind != EntryKind.RegularFile)
        {
            // A folder, link or FIFO in the PDF's place is never opened.
            drifts.Add(new Drift(path, "changed"));
            return;
        }

        var bytes = File.ReadAllBytes(path);
        committedFiles.Add(new GeneratedFile(relative, bytes));
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (listed is null || !listed.TryGetValue(relative[(changeId.Length + 1)..], out var expected) || expected != hash)
        {
            drifts.Add(new Drift(path, "changed"));
        }
        else if (documentDrifted)
        {
            drifts.Add(new Drift(path, "stale"));
        }
    }

    /// <summary>
    /// The generated file as committed: a Word document with the same parts (in the committed
    /// bytes), anything else byte for byte; null when it is missing or differs.
    /// </summary>
    private static GeneratedFile? Committed(GeneratedFile file, string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        if (file.RelativePath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            return DocxComparison.SameParts(file.Content, path) is { } bytes ? file with { Content = bytes } : null;
        }

        return SameBytes(path, file.Content) ? file : null;
    }

    /// <summary>Byte for byte; the length is compared first, so a FIFO or a huge file is never read.</summary>
    private static bool SameBytes(string path, byte[] content) =>
        new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
}

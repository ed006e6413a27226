using DossierGen.Generation;

namespace DossierGen.Review;

/// <summary>
/// Compares a generated dossier, in memory, with the copy committed under the output folder: Word
/// documents part by part (<see cref="DocxComparison"/>), the Markdown twins and JSON byte for byte,
/// and the manifest as the one DossierGen would write for the committed files, so a runtime that
/// compresses differently flags nothing while any change of content still shows.
/// </summary>
public static class DriftChecker
{
    public static IReadOnlyList<Drift> Compare(string outputDirectory, string changeId, IReadOnlyList<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var drifts = new List<Drift>();
        var generated = new HashSet<string>(StringComparer.Ordinal);
        var manifestPath = changeId + "/manifest.json";

        // The committed files as they stand for the generated ones: what the committed manifest must describe.
        var committedFiles = new List<GeneratedFile>();
        foreach (var file in files.Where(f => f.RelativePath != manifestPath))
        {
            var path = Path.Combine(outputDirectory, file.RelativePath);
            generated.Add(Path.GetFullPath(path));
            var committed = Committed(file, path);
            if (committed is null)
            {
                drifts.Add(new Drift(path, File.Exists(path) ? "changed" : "missing"));
            }

            committedFiles.Add(committed ?? file);
        }

        if (files.Any(f => f.RelativePath == manifestPath))
        {
            var path = Path.Combine(outputDirectory, manifestPath);
            generated.Add(Path.GetFullPath(path));
            if (Committed(new GeneratedFile(manifestPath, DossierGenerator.Manifest(changeId, committedFiles)), path) is null)
            {
                drifts.Add(new Drift(path, File.Exists(path) ? "changed" : "missing"));
            }
        }

        var folder = Path.Combine(outputDirectory, changeId);
        if (Directory.Exists(folder))
        {
            drifts.AddRange(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(p => !generated.Contains(Path.GetFullPath(p)))
                .Order(StringComparer.Ordinal)
                .Select(p => new Drift(p, "extra")));
        }

        return drifts;
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

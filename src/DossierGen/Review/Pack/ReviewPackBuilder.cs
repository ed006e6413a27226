using DossierGen.Generation;
using DossierGen.Review.Reading;
using DossierGen.Word;

namespace DossierGen.Review.Pack;

/// <summary>
/// Builds a reviewer's pack for one change: per Word document that changed since the approved
/// version, a redline with tracked changes commented with their causes; the new documents as
/// generated now; and a one-page summary (Markdown and Word) of what changed and why, from the
/// documents' provenance (inputs, rules, templates) the dossiers' manifests record (or, for
/// documents from before that, their own custom properties).
/// </summary>
public static class ReviewPackBuilder
{
    /// <param name="generated">The dossier as generated now, paths starting with the change id.</param>
    /// <param name="approved">The approved Word documents by path relative to the dossier folder.</param>
    /// <param name="approvedAt">The approved commit, described for the summary.</param>
    /// <param name="approvedManifest">The approved dossier's manifest.json, for its documents' provenance; null when it had none.</param>
    public static (IReadOnlyList<GeneratedFile> Files, IReadOnlyList<DocumentReview> Documents) Build(
        string changeId, string title, DateOnly date, IReadOnlyList<GeneratedFile> generated, IReadOnlyDictionary<string, byte[]> approved, string approvedAt, ReferenceDocument reference, byte[]? approvedManifest = null)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(approved);
        var files = new List<GeneratedFile>();
        var documents = new List<DocumentReview>();
        var prefix = changeId + "/";
        var approvedProvenance = approvedManifest is null ? null : DossierManifest.ProvenanceOf(approvedManifest);
        var generatedProvenance = generated.FirstOrDefault(f => f.RelativePath == prefix + DossierManifest.FileName) is { } manifest ? DossierManifest.ProvenanceOf(manifest.Content) : null;
        foreach (var file in generated.Where(f => f.RelativePath.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var relative = file.RelativePath[prefix.Length..];
            files.Add(new GeneratedFile("new/" + relative, file.Content));
            if (!relative.EndsWith(".docx", StringComparison.Ordinal))
            {
                continue;
            }

            if (!approved.TryGetValue(relative, out var old))
            {
                documents.Add(new DocumentReview(relative, "new", 0, []));
                continue;
            }

            documents.Add(Compare(relative, old, file.Content, files, approvedProvenance?.GetValueOrDefault(relative), generatedProvenance?.GetValueOrDefault(relative)));
        }

        var generatedPaths = documents.Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
        documents.AddRange(approved.Keys.Where(p => !generatedPaths.Contains(p)).Order(StringComparer.Ordinal).Select(p => new DocumentReview(p, "removed", 0, [])));
        var summary = ReviewSummary.Markdown(changeId, title, date, approvedAt, documents);
        files.Add(new GeneratedFile("summary.md", System.Text.Encoding.UTF8.GetBytes(summary)));
        var info = new DocumentInfo($"Review pack {changeId}", title, $"{changeId} · changes since {approvedAt.Split(' ')[0]}", date, "en-GB");
        files.Add(new GeneratedFile("summary.docx", MarkdownToDocx.Convert(summary, info, reference)));
        return (files, documents);
    }

    private static DocumentReview Compare(string relative, byte[] old, byte[] current, List<GeneratedFile> files, IReadOnlyDictionary<string, string>? oldProvenance, IReadOnlyDictionary<string, string>? newProvenance)
    {
        if (CheckedDocx.TryOf(old, out _) is not { } approvedDocument)
        {
            // The committed file is not a readable Word document: nothing to redline against.
            return new DocumentReview(relative, "new", 0, ["the approved version cannot be read as a Word document"]);
        }

        var newDocument = CheckedDocx.Of(current);
        if (DocxText.Extract(approvedDocument) == DocxText.Extract(newDocument))
        {
            return new DocumentReview(relative, "unchanged", 0, []);
        }

        oldProvenance ??= DriftCauses.PropertiesOf(approvedDocument);
        newProvenance ??= DriftCauses.PropertiesOf(newDocument);
        var redline = Redliner.Redline(approvedDocument, newDocument, oldProvenance, newProvenance);
        files.Add(new GeneratedFile("redlines/" + relative[..^".docx".Length] + ".redline.docx", redline.Document));
        return new DocumentReview(relative, "changed", redline.Revisions, DriftCauses.Between(oldProvenance, newProvenance));
    }
}

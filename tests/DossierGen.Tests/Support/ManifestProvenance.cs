using DossierGen.Generation;

namespace DossierGen.Tests.Support;

/// <summary>A generated document's provenance as its dossier's manifest records it (Module 1 and 3 documents carry none themselves).</summary>
internal static class ManifestProvenance
{
    public static IReadOnlyDictionary<string, string> Of(IReadOnlyList<GeneratedFile> files, GeneratedFile document)
    {
        var manifest = files.Single(f => f.RelativePath.EndsWith("/" + DossierManifest.FileName, StringComparison.Ordinal));
        return DossierManifest.ProvenanceOf(manifest.Content)[document.RelativePath[(document.RelativePath.IndexOf('/', StringComparison.Ordinal) + 1)..]];
    }
}

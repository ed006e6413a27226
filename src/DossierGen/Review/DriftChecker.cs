using DossierGen.Generation;

namespace DossierGen.Review;

/// <summary>Compares a generated dossier, in memory, with the copy committed under the output folder.</summary>
public static class DriftChecker
{
    public static IReadOnlyList<Drift> Compare(string outputDirectory, string changeId, IReadOnlyList<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var drifts = new List<Drift>();
        var generated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var path = Path.Combine(outputDirectory, file.RelativePath);
            generated.Add(Path.GetFullPath(path));
            if (!File.Exists(path))
            {
                drifts.Add(new Drift(path, "missing"));
            }
            else if (!File.ReadAllBytes(path).AsSpan().SequenceEqual(file.Content))
            {
                drifts.Add(new Drift(path, "changed"));
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
}

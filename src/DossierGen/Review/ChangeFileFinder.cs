using System.Text.RegularExpressions;

namespace DossierGen.Review;

/// <summary>Finds the change files under a folder: YAML files whose format line says dossiergen/change@1.</summary>
public static partial class ChangeFileFinder
{
    private static readonly string[] Skipped = ["bin", "obj", "node_modules"];

    public static IReadOnlyList<string> Find(string directory) =>
        [.. Walk(directory).Where(IsChangeFile).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Walk(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml").Concat(Directory.EnumerateFiles(directory, "*.yml")))
        {
            yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(directory))
        {
            var name = Path.GetFileName(sub);
            if (name.StartsWith('.') || Skipped.Contains(name))
            {
                continue;
            }

            foreach (var file in Walk(sub))
            {
                yield return file;
            }
        }
    }

    private static bool IsChangeFile(string path)
    {
        // Only the head is read: the format line comes first in every DossierGen file.
        using var reader = new StreamReader(path);
        var buffer = new char[4096];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return FormatLine().IsMatch(new string(buffer, 0, read));
    }

    [GeneratedRegex(@"^format:\s*[""']?dossiergen/change@1[""']?\s*(#.*)?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FormatLine();
}

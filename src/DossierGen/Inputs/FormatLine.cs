using System.Text.RegularExpressions;
using DossierGen.Diagnostics;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>
/// The format tag on a file's first line that is not blank, a comment, a directive or a document
/// marker, read as text before the YAML is parsed. It tells whether a file is a DossierGen file
/// at all, which decides whether anything of its content may appear in a diagnostic.
/// </summary>
internal static partial class FormatLine
{
    public static YamlScalar? Find(string path, string text)
    {
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd('\r');
            var trimmed = line.TrimStart(' ');
            if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == '%' || trimmed == "---" || trimmed.StartsWith("--- ", StringComparison.Ordinal))
            {
                continue;
            }

            var match = FormatPattern().Match(line);
            return match.Success
                ? new YamlScalar(match.Groups["tag"].Value, isPlain: false, new SourceLocation(path, lineNumber, match.Groups["tag"].Index + 1 - (match.Groups["quote"].Length)))
                : null;
        }

        return null;
    }

    [GeneratedRegex(@"^format[ \t]*:[ \t]+(?<quote>[""']?)(?<tag>[A-Za-z0-9/@._-]+)\k<quote>[ \t]*(#.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FormatPattern();
}

using System.Text.RegularExpressions;

namespace DossierGen.Templates.Regional;

/// <summary>
/// The visible placeholders of a rendered Module 1 document (<c>[FEI number]</c>, <c>［承認年月日］</c>),
/// read from its Markdown so the memo lists exactly what the documents leave open. A bracket the
/// Markdown escapes is the user's text, a bracket followed by <c>(</c> a link and <c>[^</c> a
/// footnote: none of them is a placeholder.
/// </summary>
public static partial class Placeholders
{
    public static IReadOnlyList<string> In(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return [.. Pattern().Matches(markdown).Select(m => m.Value).Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"(?<!\\)\[[^\]\^\\\n][^\]\\\n]*\](?!\()|［[^］\n]+］")]
    private static partial Regex Pattern();
}

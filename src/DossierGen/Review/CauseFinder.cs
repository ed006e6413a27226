using System.Text.RegularExpressions;
using DossierGen.Generation;

namespace DossierGen.Review;

/// <summary>
/// Compares the provenance DossierGen writes into every document (custom properties) and, for each
/// revision, names the causes whose values appear in its text; a revision no input explains is put
/// down to the changed rules or template, and when nothing changed, the cause says so.
/// </summary>
public static partial class CauseFinder
{
    public static IReadOnlyList<Cause> Compare(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        (before, after) = (Provenance.Joined(before), Provenance.Joined(after));
        var causes = new List<Cause>();
        foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            before.TryGetValue(key, out var old);
            after.TryGetValue(key, out var @new);
            if (old == @new)
            {
                continue;
            }

            if (key.StartsWith(Provenance.InputPrefix, StringComparison.Ordinal))
            {
                var field = key[Provenance.InputPrefix.Length..];
                // The words that differ, not the whole values: "Site B" to "Site C" is explained by "c", not by "site".
                var changed = Words(old ?? "");
                changed.SymmetricExceptWith(Words(@new ?? ""));
                var (from, to) = Excerpts(old, @new);
                causes.Add(new Cause($"input {field} changed from {from} to {to}", changed.Count > 0 ? changed : Words((old ?? "") + " " + (@new ?? "")), IsInput: true));
            }
            else if (key.StartsWith(Provenance.RulePrefix, StringComparison.Ordinal))
            {
                var rule = key[Provenance.RulePrefix.Length..];
                var what = old is null ? "now applies" : @new is null ? "no longer applies" : "was edited";
                causes.Add(new Cause($"rule {rule} {what}", new HashSet<string>([rule], StringComparer.Ordinal), IsInput: false));
            }
            else if (key == Provenance.TemplateKey)
            {
                causes.Add(new Cause($"template {(@new ?? old)!.Split('@')[0]} was edited", new HashSet<string>(StringComparer.Ordinal), IsInput: false));
            }
        }

        return causes;
    }

    /// <summary>The causes that explain a revision whose changed words are <paramref name="revisionText"/>.</summary>
    public static IReadOnlyList<Cause> Explain(IReadOnlyList<Cause> causes, string revisionText)
    {
        ArgumentNullException.ThrowIfNull(causes);
        return new CauseIndex(causes).Explain(revisionText, int.MaxValue);
    }

    /// <summary>
    /// The two values as a reader wants them in a comment: whole when short, otherwise only the words
    /// that differ with one word of context either side, the rest cut to "…".
    /// </summary>
    private static (string From, string To) Excerpts(string? old, string? @new)
    {
        if (old is null || @new is null || (old.Length <= ExcerptLength && @new.Length <= ExcerptLength))
        {
            return (Quote(old), Quote(@new));
        }

        var (a, b) = (old.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), @new.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var (start, end) = (Math.Max(0, prefix - 1), Math.Max(0, suffix - 1));
        string Excerpt(string[] words) =>
            (start > 0 ? "…" : "") + string.Join(' ', words[start..^end]) + (end > 0 ? "…" : "");
        return (Quote(Excerpt(a)), Quote(Excerpt(b)));
    }

    private const int ExcerptLength = 120;

    private static string Quote(string? value)
    {
        if (value is null)
        {
            return "(none)";
        }

        var single = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return single.Length <= ExcerptLength ? $"'{single}'" : $"'{single[..Word.Xml.XmlChars.CutAt(single, ExcerptLength - 1)]}…'";
    }

    public static HashSet<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-\.]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}

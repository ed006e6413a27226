namespace DossierGen.Editing;

/// <summary>
/// A readable label for a kebab-case key: <c>implementation-date</c> reads "Implementation date",
/// <c>cqa-impact</c> "CQA impact". Abbreviations regulatory staff write in capitals stay capitals.
/// </summary>
public static class FieldLabel
{
    private static readonly HashSet<string> Capitals = new(StringComparer.Ordinal)
    {
        "id", "cqa", "cqas", "jp", "us", "eu", "mf", "ppq", "ja", "pacmp", "mcb", "wcb",
    };

    public static string For(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            return "";
        }

        var words = key.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Capitals.Contains(w.ToLowerInvariant()) ? w.ToUpperInvariant() : w)
            .ToArray();
        if (words.Length == 0)
        {
            return key;
        }

        words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
        return string.Join(' ', words);
    }
}

namespace DossierGen.Diagnostics;

/// <summary>Finds the "did you mean" candidate for a misspelt key or value.</summary>
public static class NearMiss
{
    public static string? Suggest(string value, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, value, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }

            var distance = Distance(value.ToUpperInvariant(), candidate.ToUpperInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // Allow roughly one edit per three characters, at most three: close enough to be a typo,
        // far enough that short unrelated words are not suggested.
        var allowed = Math.Clamp(value.Length / 3, 1, 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" or empty, ready to append to a message.</summary>
    public static string Hint(string value, IEnumerable<string> candidates) =>
        Suggest(value, candidates) is { } s ? $" (did you mean '{s}'?{Lookalikes(value, s)})" : "";

    /// <summary>
    /// " 'x' has U+0430 at character 2" when the value holds characters the suggestion lacks that
    /// look like others (a Cyrillic a, a no-break space): displayed, the two would read the same.
    /// Characters that are not shown as themselves need no note: <see cref="DisplayText"/> escapes them.
    /// </summary>
    private static string Lookalikes(string value, string suggestion)
    {
        var notes = new List<string>();
        var position = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            position++;
            var text = rune.ToString();
            if (rune.Value is >= ' ' and < 0x7F || suggestion.Contains(text, StringComparison.Ordinal) || DisplayText.Escape(text) != text)
            {
                continue;
            }

            notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"U+{rune.Value:X4} at character {position}"));
            if (notes.Count == 3)
            {
                break;
            }
        }

        return notes.Count == 0 ? "" : $" '{value}' has {string.Join(", ", notes)}";
    }

    /// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}

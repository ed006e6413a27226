namespace DossierGen.Word;

/// <summary>Splits text into East Asian and other runs, so Japanese gets the East Asian font hint.</summary>
internal static class Scripts
{
    public static IEnumerable<(string Text, bool EastAsian)> Split(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        var start = 0;
        var eastAsian = IsEastAsian(text[0]);
        for (var i = 1; i < text.Length; i++)
        {
            var current = IsEastAsian(text[i]);
            if (current != eastAsian && !char.IsWhiteSpace(text[i]))
            {
                yield return (text[start..i], eastAsian);
                start = i;
                eastAsian = current;
            }
        }

        yield return (text[start..], eastAsian);
    }

    /// <summary>Hiragana, katakana, CJK ideographs and punctuation, full-width forms.</summary>
    public static bool IsEastAsian(char c) =>
        c is (>= '\u3000' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');

    public static bool ContainsEastAsian(string text) => text.Any(IsEastAsian);
}

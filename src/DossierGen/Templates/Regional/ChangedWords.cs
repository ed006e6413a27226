using System.Globalization;
using DossierGen.Markdown;

namespace DossierGen.Templates.Regional;

/// <summary>
/// The two columns of a 新旧対照表: the present and the proposed wording as safe Markdown, the
/// parts that differ underlined (<c>++x++</c>, as MHLW comparison tables mark 傍線の部分は改正部分).
/// Words are compared as tokens: a run of ASCII letters and digits, of katakana or of kanji is one
/// token (so "500 L" to "2000 L" underlines the number, not a digit of it), every other character
/// its own (Japanese has no spaces).
/// </summary>
public static class ChangedWords
{
    /// <summary>Beyond this many tokens on a side the texts are compared by common start and end only (the table is quadratic).</summary>
    private const int MaxTokens = 2000;

    public static (string Present, string Proposed) Mark(string present, string proposed)
    {
        ArgumentNullException.ThrowIfNull(present);
        ArgumentNullException.ThrowIfNull(proposed);
        var (old, @new) = (Tokens(MarkdownText.OneLine(present)), Tokens(MarkdownText.OneLine(proposed)));
        var (keepOld, keepNew) = Common(old, @new);
        return (Write(old, keepOld), Write(@new, keepNew));
    }

    /// <summary>One side escaped, without marks (the other side is missing).</summary>
    public static string Plain(string text) => MarkdownText.Escape(text);

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var start = i;
            var script = Script(text[i]);
            if (script == 0)
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            else
            {
                while (i < text.Length && Script(text[i]) == script)
                {
                    i++;
                }
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    /// <summary>
    /// The runs that count as one word: ASCII letters and digits, katakana (a foreign name is one
    /// word, not letters that happen to match), kanji compounds; 0 for a character on its own
    /// (hiragana particles, punctuation, spaces).
    /// </summary>
    private static int Script(char c) => c switch
    {
        _ when char.IsAsciiLetterOrDigit(c) => 1,
        >= '\u30A1' and <= '\u30FA' or '\u30FC' => 2,
        >= '\u4E00' and <= '\u9FFF' or '\u3005' => 3,
        _ => 0,
    };

    /// <summary>Which tokens of each side belong to a longest common subsequence (kept, not underlined).</summary>
    private static (bool[] Old, bool[] New) Common(List<string> old, List<string> @new)
    {
        var (keepOld, keepNew) = (new bool[old.Count], new bool[@new.Count]);
        var prefix = 0;
        while (prefix < old.Count && prefix < @new.Count && old[prefix] == @new[prefix])
        {
            keepOld[prefix] = keepNew[prefix] = true;
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Count - prefix && suffix < @new.Count - prefix && old[^(suffix + 1)] == @new[^(suffix + 1)])
        {
            keepOld[old.Count - 1 - suffix] = keepNew[@new.Count - 1 - suffix] = true;
            suffix++;
        }

        var (n, m) = (old.Count - prefix - suffix, @new.Count - prefix - suffix);
        if (n == 0 || m == 0 || n > MaxTokens || m > MaxTokens)
        {
            return (keepOld, keepNew);
        }

        var length = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                length[i, j] = old[prefix + i] == @new[prefix + j] ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (old[prefix + i] == @new[prefix + j])
            {
                keepOld[prefix + i] = keepNew[prefix + j] = true;
                (i, j) = (i + 1, j + 1);
            }
            else if (length[i + 1, j] >= length[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (keepOld, keepNew);
    }

    private static string Write(List<string> tokens, bool[] kept)
    {
        var text = string.Concat(tokens);
        var changed = new bool[text.Length];
        var at = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            for (var c = 0; c < tokens[t].Length; c++)
            {
                changed[at + c] = !kept[t];
            }

            at += tokens[t].Length;
        }

        var output = new MarkdownOutput();
        var spans = Spans(text, changed);
        foreach (var (start, end, underline) in spans)
        {
            if (underline)
            {
                output.Markup("++");
            }

            Text(output, text[start..end], markFollows: underline || end < text.Length);
            if (underline)
            {
                output.Markup("++");
            }
        }

        return output.ToString();
    }

    /// <summary>Escaped text; a '+' right before a mark is escaped too (the output escapes one only next to another '+' it sees).</summary>
    private static void Text(MarkdownOutput output, string text, bool markFollows)
    {
        if (markFollows && text.EndsWith('+'))
        {
            output.Text(text[..^1]);
            output.Markup("\\+");
            return;
        }

        output.Text(text);
    }

    /// <summary>
    /// The text cut into plain and underlined spans. Changed runs lose their spaces at the ends;
    /// runs touching, or two characters apart where one is punctuation alone, join. Then each
    /// underline's ends are moved until Markdown reads its <c>++</c> as a mark (CommonMark's
    /// flanking rules: punctuation inside an end needs punctuation or a space outside it), first
    /// inwards, and outwards to the neighbouring word only when nothing is left.
    /// </summary>
    private static List<(int Start, int End, bool Underline)> Spans(string text, bool[] changed)
    {
        var runs = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!changed[i])
            {
                continue;
            }

            var (start, end) = (i, i);
            while (end < text.Length && changed[end])
            {
                end++;
            }

            i = end - 1;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            if (start == end)
            {
                continue;
            }

            if (runs.Count > 0 && Joins(text, runs[^1], (start, end)))
            {
                start = runs[^1].Start;
                runs.RemoveAt(runs.Count - 1);
            }

            runs.Add((start, end));
        }

        var marks = new List<(int Start, int End)>();
        foreach (var run in runs)
        {
            var (start, end) = Readable(text, run);
            if (marks.Count > 0 && start <= marks[^1].End)
            {
                (start, end) = (marks[^1].Start, Math.Max(end, marks[^1].End));
                marks.RemoveAt(marks.Count - 1);
            }

            marks.Add((start, end));
        }

        var spans = new List<(int, int, bool)>();
        var at = 0;
        foreach (var (start, end) in marks)
        {
            if (start > at)
            {
                spans.Add((at, start, false));
            }

            spans.Add((start, end, true));
            at = end;
        }

        if (at < text.Length)
        {
            spans.Add((at, text.Length, false));
        }

        return spans;
    }

    private static bool Joins(string text, (int Start, int End) before, (int Start, int End) after)
    {
        var gap = after.Start - before.End;
        return gap == 0 || (gap <= 2 && (!HasWord(text, before) || !HasWord(text, after)));
    }

    private static bool HasWord(string text, (int Start, int End) run)
    {
        for (var i = run.Start; i < run.End; i++)
        {
            if (IsWord(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) Readable(string text, (int Start, int End) run)
    {
        var (start, end) = run;
        while (start < end && !Opens(text, start))
        {
            start++;
        }

        while (end > start && !Closes(text, end))
        {
            end--;
        }

        if (start < end)
        {
            return (start, end);
        }

        (start, end) = run;
        while (start > 0 && !Opens(text, start))
        {
            start--;
        }

        while (end < text.Length && !Closes(text, end))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Whether <c>++</c> before <paramref name="start"/> opens: a word character follows, or punctuation with a space, punctuation or the start before it.</summary>
    private static bool Opens(string text, int start) =>
        !char.IsWhiteSpace(text[start]) && (IsWord(text[start]) || start == 0 || !IsWord(text[start - 1]));

    /// <summary>Whether <c>++</c> after <paramref name="end"/> closes: the mirror of <see cref="Opens"/>.</summary>
    private static bool Closes(string text, int end) =>
        !char.IsWhiteSpace(text[end - 1]) && (IsWord(text[end - 1]) || end == text.Length || !IsWord(text[end]));

    private static bool IsWord(char c) => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && !char.IsSymbol(c)
        && CharUnicodeInfo.GetUnicodeCategory(c) is not UnicodeCategory.Surrogate;
}

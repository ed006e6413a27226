using System.Globalization;
using System.Text;

namespace DossierGen.Diagnostics;

/// <summary>
/// User text made safe to echo in a diagnostic or on a terminal: every character that is not
/// shown as itself is written as an escape, so a line break cannot forge a diagnostic line, an ESC
/// or OSC sequence cannot reach the terminal, and an invisible character is seen. Escaped are
/// control characters (C0, DEL, C1: <c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\e</c> for ESC, else
/// <c>\u0001</c>), format characters (zero-width, bidi controls, soft hyphen, BOM: <c>\u200B</c>),
/// line and paragraph separators, and lone surrogates; characters beyond U+FFFF as <c>\U000E0001</c>.
/// Backslashes are left alone, so Windows paths read as they are.
/// </summary>
public static class DisplayText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var first = FirstHidden(text);
        if (first < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = new Rune(c, text[i + 1]);
                if (IsHidden(Rune.GetUnicodeCategory(rune)))
                {
                    escaped.Append(CultureInfo.InvariantCulture, $"\\U{rune.Value:X8}");
                }
                else
                {
                    escaped.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\u001B' => "\\e",
                _ when char.IsSurrogate(c) || IsHidden(char.GetUnicodeCategory(c)) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>The index of the first character <see cref="Escape"/> would change, or -1.</summary>
    private static int FirstHidden(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsHidden(Rune.GetUnicodeCategory(new Rune(c, text[i + 1]))))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsSurrogate(c) || IsHidden(char.GetUnicodeCategory(c)))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsHidden(UnicodeCategory category) =>
        category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;
}

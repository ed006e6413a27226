using System.Text;

namespace DossierGen.Word.Xml;

/// <summary>
/// The characters XML 1.0 can hold: tab, line feed, carriage return, U+0020-U+D7FF,
/// U+E000-U+FFFD and well-formed surrogate pairs. User text may hold others (a YAML escape such as
/// \x01 or \v pasted from Word or Excel); every writer of a Word part drops them, so no input can
/// make a part malformed.
/// </summary>
public static class XmlChars
{
    /// <summary>Whether the UTF-16 unit at <paramref name="index"/> may be written (a surrogate only as half of a pair).</summary>
    public static bool IsAllowedAt(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        var c = text[index];
        return char.IsHighSurrogate(c) ? index + 1 < text.Length && char.IsLowSurrogate(text[index + 1])
            : char.IsLowSurrogate(c) ? index > 0 && char.IsHighSurrogate(text[index - 1])
            : System.Xml.XmlConvert.IsXmlChar(c);
    }

    /// <summary>The text without the characters XML 1.0 cannot hold; the same string when it has none.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsAllowedAt(text, i))
            {
                var kept = new StringBuilder(text.Length);
                for (var j = 0; j < text.Length; j++)
                {
                    if (IsAllowedAt(text, j))
                    {
                        kept.Append(text[j]);
                    }
                }

                return kept.ToString();
            }
        }

        return text;
    }

    /// <summary>
    /// Where to cut <paramref name="text"/> so that at most <paramref name="length"/> units stay in
    /// front and no surrogate pair is split: a half of a pair is a character XML cannot hold, and
    /// the character would be lost.
    /// </summary>
    public static int CutAt(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (length >= text.Length)
        {
            return text.Length;
        }

        return length > 0 && char.IsHighSurrogate(text[length - 1]) && char.IsLowSurrogate(text[length]) ? length - 1 : length;
    }
}

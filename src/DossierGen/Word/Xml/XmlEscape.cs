using System.Buffers;
using System.Text;

namespace DossierGen.Word.Xml;

/// <summary>
/// Escapes text and attribute values as System.Xml's writer does, except that every line break in
/// text is written as LF on every platform (XmlWriter writes the platform's new line), and that
/// characters XML 1.0 cannot hold are dropped (<see cref="XmlChars"/>) where XmlWriter would throw:
/// this is the boundary every part the renderer builds passes, so no text can make it malformed.
/// </summary>
internal static class XmlEscape
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r" + Unwritable());
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\r\n\t" + Unwritable());

    public static void Text(StringBuilder xml, string text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var next = rest.IndexOfAny(TextSpecials);
            if (next < 0)
            {
                xml.Append(rest);
                return;
            }

            xml.Append(rest[..next]);
            switch (rest[next])
            {
                case '&': xml.Append("&amp;"); break;
                case '<': xml.Append("&lt;"); break;
                case '>': xml.Append("&gt;"); break;
                case '\r':
                    // CR LF and a lone CR are one line break.
                    xml.Append('\n');
                    if (next + 1 < rest.Length && rest[next + 1] == '\n')
                    {
                        next++;
                    }

                    break;
                default:
                    next += AppendPairOrDrop(xml, rest, next);
                    break;
            }

            rest = rest[(next + 1)..];
        }
    }

    public static void Attribute(StringBuilder xml, string value)
    {
        var rest = value.AsSpan();
        while (true)
        {
            var next = rest.IndexOfAny(AttributeSpecials);
            if (next < 0)
            {
                xml.Append(rest);
                return;
            }

            xml.Append(rest[..next]);
            switch (rest[next])
            {
                case '&': xml.Append("&amp;"); break;
                case '<': xml.Append("&lt;"); break;
                case '>': xml.Append("&gt;"); break;
                case '"': xml.Append("&quot;"); break;
                case '\r': xml.Append("&#xD;"); break;
                case '\n': xml.Append("&#xA;"); break;
                case '\t': xml.Append("&#x9;"); break;
                default:
                    next += AppendPairOrDrop(xml, rest, next);
                    break;
            }

            rest = rest[(next + 1)..];
        }
    }

    /// <summary>Writes a well-formed surrogate pair starting at <paramref name="index"/> (returns 1, the extra unit used); drops anything else.</summary>
    private static int AppendPairOrDrop(StringBuilder xml, ReadOnlySpan<char> text, int index)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            xml.Append(text.Slice(index, 2));
            return 1;
        }

        return 0;
    }

    /// <summary>The UTF-16 units that are not XML 1.0 characters on their own: C0 controls but tab, LF and CR; surrogates; U+FFFE and U+FFFF.</summary>
    private static string Unwritable()
    {
        var units = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                units.Append(c);
            }
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            units.Append(c);
        }

        return units.Append('\uFFFE').Append('\uFFFF').ToString();
    }
}

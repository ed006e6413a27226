using System.Buffers;
using System.Text;

namespace DossierGen.Word.Xml;

/// <summary>
/// Escapes text and attribute values as System.Xml's writer does, except that every line break in
/// text is written as LF on every platform (XmlWriter writes the platform's new line). Characters
/// XML 1.0 cannot hold never get here: <see cref="RunFactory.XmlSafe"/> drops them at the source.
/// </summary>
internal static class XmlEscape
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\r\n\t");

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
                default:
                    // CR LF and a lone CR are one line break.
                    xml.Append('\n');
                    if (next + 1 < rest.Length && rest[next + 1] == '\n')
                    {
                        next++;
                    }

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

            xml.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\r' => "&#xD;",
                '\n' => "&#xA;",
                _ => "&#x9;",
            });
            rest = rest[(next + 1)..];
        }
    }
}

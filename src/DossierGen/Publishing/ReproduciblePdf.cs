using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace DossierGen.Publishing;

/// <summary>
/// Makes LibreOffice's PDF the same bytes on every run: its only run-dependent values, the
/// creation date (the clock), the file identifier and LibreOffice's document checksum (both
/// derived from the clock), become the document's own date and a hash of the content. Each value
/// keeps its length, so the cross-reference offsets stay right.
/// </summary>
public static partial class ReproduciblePdf
{
    public static byte[] Normalize(byte[] pdf, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(pdf);

        // Latin-1 maps every byte to one character and back, so offsets and binary streams survive.
        var text = Encoding.Latin1.GetString(pdf);
        var stamp = date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
        text = DatePattern().Replace(text, m => m.Groups[1].Value + stamp);
        var blanked = Identifiers(text, length => new string('0', length));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.Latin1.GetBytes(blanked)));
        return Encoding.Latin1.GetBytes(Identifiers(blanked, length => Repeat(hash, length)));
    }

    /// <summary>The text with the hexadecimal digits of /ID [&lt;…&gt; &lt;…&gt;] and /DocChecksum /… replaced, digit for digit.</summary>
    private static string Identifiers(string text, Func<int, string> digits)
    {
        text = IdPattern().Replace(text, m => m.Groups[1].Value + digits(m.Groups[2].Length) + m.Groups[3].Value + digits(m.Groups[4].Length));
        return ChecksumPattern().Replace(text, m => m.Groups[1].Value + digits(m.Groups[2].Length));
    }

    private static string Repeat(string hash, int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(hash, 0, Math.Min(hash.Length, length - text.Length));
        }

        return text.ToString();
    }

    [GeneratedRegex(@"(/(?:CreationDate|ModDate)\s*\(D:)\d{14}")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(?=>\s*\])")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"(/DocChecksum\s*/)([0-9A-Fa-f]+)")]
    private static partial Regex ChecksumPattern();
}

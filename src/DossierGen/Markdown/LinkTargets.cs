using System.Diagnostics.CodeAnalysis;
using DossierGen.Word.Xml;

namespace DossierGen.Markdown;

/// <summary>
/// Which link targets become hyperlinks in a dossier: well-formed absolute http, https and mailto
/// URIs only. Anything else (<c>javascript:</c>, <c>file:</c>, a UNC path, a made-up scheme, a
/// target System.IO.Packaging cannot read back) is written as text: a submission document links
/// nowhere unexpected, and every document DossierGen writes can be opened again.
/// </summary>
public static class LinkTargets
{
    public static bool IsHyperlink([NotNullWhen(true)] string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        for (var i = 0; i < url.Length; i++)
        {
            if (char.IsControl(url[i]) || char.IsWhiteSpace(url[i]) || !XmlChars.IsAllowedAt(url, i))
            {
                return false;
            }
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.Scheme switch
        {
            "http" or "https" => uri.Host.Length > 0 && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase),
            "mailto" => url.Length > "mailto:".Length,
            _ => false,
        };
    }
}

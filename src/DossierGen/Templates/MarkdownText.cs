using System.Text;

namespace DossierGen.Templates;

/// <summary>Escapes user text for Markdown, so a summary with '*' or '|' stays text in the dossier.</summary>
public static class MarkdownText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>Escaped and on one line, for a pipe-table cell.</summary>
    public static string Cell(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Escape(text.ReplaceLineEndings(" ").Trim());
    }
}

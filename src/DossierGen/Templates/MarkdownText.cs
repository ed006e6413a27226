using System.Buffers;
using System.Text;
using DossierGen.Markdown;

namespace DossierGen.Templates;

/// <summary>
/// User text for one-line places in a template (title, summary, present, proposed, names, table
/// cells): on one line, line breaks folded to spaces, and escaped so Markdig reads it as exactly
/// that text wherever the template puts it, at the start of a line or a list item included. A
/// summary with '*' or '|' stays text, and one with a line break cannot end a heading, open a
/// verify box or push "Proposed:" out of its table.
/// </summary>
public static class MarkdownText
{
    /// <summary>CR, LF, NEL, the Unicode line and paragraph separators, and the vertical tab and form feed Word and Excel use for line breaks.</summary>
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\r\n\u0085\u2028\u2029\v\f");

    public static string Escape(string text)
    {
        var output = new MarkdownOutput();
        output.Text(OneLine(text));
        return output.ToString();
    }

    /// <summary>For a pipe-table cell: the same (every '|' is escaped).</summary>
    public static string Cell(string text) => Escape(text);

    /// <summary>The text on one line, trimmed: every run of line breaks is one space.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny(LineBreaks) < 0)
        {
            return text.Trim();
        }

        var line = new StringBuilder(text.Length);
        var inBreak = false;
        foreach (var c in text)
        {
            if (LineBreaks.Contains(c))
            {
                if (!inBreak)
                {
                    line.Append(' ');
                }

                inBreak = true;
            }
            else
            {
                line.Append(c);
                inBreak = false;
            }
        }

        return line.ToString().Trim();
    }
}

using System.Globalization;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace DossierGen.Markdown;

/// <summary>
/// The inline half of <see cref="SafeMarkdownWriter"/>: text escaped, emphasis and code spans as
/// Markdown writes them, inline HTML dropped, links DossierGen does not link to as their text, and
/// footnote references under the writer's own labels (as text inside a footnote).
/// </summary>
internal sealed class SafeInlineWriter(MarkdownOutput output)
{
    private readonly MarkdownOutput _output = output;

    /// <summary>The user's footnotes in the order of their first reference; the n-th is labelled user-n.</summary>
    public List<Footnote> Footnotes { get; } = [];

    /// <summary>Set while a footnote's definition is written: references there are text (Word has no footnotes in footnotes).</summary>
    public bool InFootnote { get; set; }

    /// <summary>Set while a table cell is written, where a '|' in a code span or link target would split the cell.</summary>
    public bool InCell { get; set; }

    /// <summary>Writes inlines; adjacent literal text is escaped as one, so an escaped <c>&amp;</c> is not joined to the text after it into a reference.</summary>
    public void Write(ContainerInline? container, bool singleLine)
    {
        if (container is null)
        {
            return;
        }

        var text = new StringBuilder();
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    continue;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    continue;
                case LineBreakInline when singleLine:
                    text.Append(' ');
                    continue;
                case DelimiterInline delimiter:
                    text.Append(delimiter.ToLiteral());
                    Flush(text);
                    Write(delimiter, singleLine);
                    continue;
                default:
                    Flush(text);
                    Inline(inline, singleLine);
                    break;
            }
        }

        Flush(text);
    }

    private void Flush(StringBuilder text)
    {
        if (text.Length > 0)
        {
            _output.Text(text.ToString());
            text.Clear();
        }
    }

    private void Inline(Inline inline, bool singleLine)
    {
        switch (inline)
        {
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard)
                {
                    _output.Markup("\\");
                }

                _output.StartLine();
                break;
            case CodeInline code:
                CodeSpan(code.Content);
                break;
            case FootnoteLink { IsBackLink: true } or HtmlInline:
                break;
            case FootnoteLink link when InFootnote:
                _output.Text("[" + link.Footnote.Label + "]");
                break;
            case FootnoteLink link:
                var index = Footnotes.IndexOf(link.Footnote);
                if (index < 0)
                {
                    Footnotes.Add(link.Footnote);
                    index = Footnotes.Count - 1;
                }

                _output.Markup($"[^{SafeMarkdownWriter.FootnotePrefix}{(index + 1).ToString(CultureInfo.InvariantCulture)}]");
                break;
            case LinkInline { IsImage: false } link when LinkTargets.IsHyperlink(link.Url) && !(InCell && link.Url.Contains('|', StringComparison.Ordinal)):
                _output.Markup("[");
                Write(link, singleLine);
                _output.Markup("](<" + Destination(link.Url) + ">)");
                break;
            case AutolinkInline autolink:
                var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
                if (LinkTargets.IsHyperlink(url) && !(InCell && url.Contains('|', StringComparison.Ordinal)))
                {
                    _output.Markup("[");
                    _output.Text(autolink.Url);
                    _output.Markup("](<" + Destination(url) + ">)");
                }
                else
                {
                    _output.Text(autolink.Url);
                }

                break;
            case EmphasisInline emphasis:
                var delimiter = emphasis.DelimiterChar == '+' ? "++" : emphasis.DelimiterCount >= 2 ? "**" : "*";
                _output.Markup(delimiter);
                Write(emphasis, singleLine);
                _output.Markup(delimiter);
                break;
            case ContainerInline container:
                // An image, or a link DossierGen does not link to: its text.
                Write(container, singleLine);
                break;
            default:
                break;
        }
    }

    private void CodeSpan(string content)
    {
        if (InCell && content.Contains('|', StringComparison.Ordinal))
        {
            _output.Text(content);
            return;
        }

        var fence = new string('`', LongestBacktickRun(content) + 1);
        var pad = content.Length > 0 && (content[0] == '`' || content[^1] == '`' || (content[0] == ' ' && content[^1] == ' ' && content.Any(c => c != ' ')));
        _output.Markup(fence + (pad ? " " : "") + content + (pad ? " " : "") + fence);
    }

    /// <summary>Whether an inline container holds anything this writer writes (a paragraph of back-links or tags alone writes nothing).</summary>
    public static bool Writes(ContainerInline? container) =>
        container is not null && container.Any(i => i is not (FootnoteLink { IsBackLink: true } or HtmlInline));

    /// <summary>A link destination in angle brackets: the characters Markdig would read as escapes, references or its end are escaped.</summary>
    private static string Destination(string url)
    {
        var escaped = new StringBuilder(url.Length + 4);
        foreach (var c in url)
        {
            if (c is '\\' or '<' or '>' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    public static int LongestBacktickRun(string text)
    {
        var (longest, run) = (0, 0);
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}

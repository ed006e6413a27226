using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DossierGen.Markdown;

/// <summary>
/// A user's Markdown (the change's description) made safe to stand inside a section DossierGen
/// writes: parsed on its own with the dossier pipeline and written back by
/// <see cref="SafeMarkdownWriter"/> as Markdown that closes at its end whatever it held, with its
/// footnotes under labels of their own, no raw HTML and no links DossierGen does not link to. The
/// result is checked by parsing it again with a paragraph after it; should the writer ever fail
/// that check, the text is used as plain escaped paragraphs instead. <see cref="Check"/> is what
/// <c>validate</c> and <c>generate</c> refuse, before any of this runs.
/// </summary>
public static class UserMarkdown
{
    /// <summary>Lists, quotes, emphasis and links nested deeper than this are refused: far beyond any narrative, and well inside Markdig's own limit of 128 when a footnote's content is rendered inside the paragraph that cites it.</summary>
    public const int MaximumNesting = 32;

    private const string Sentinel = "DossierGen user text ends here";

    /// <summary>Why the text cannot be rendered (with its line, 1-based, in the text), or null when it can.</summary>
    public static string? Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var skippedLines = text[..text.IndexOf(trimmed, StringComparison.Ordinal)].Count(c => c == '\n');
        MarkdownDocument document;
        try
        {
            document = DossierMarkdown.Parse(trimmed);
        }
        catch (ArgumentException e)
        {
            // Markdig's own depth limit (128 blocks, or thousands of unclosed '[' or '*').
            return $"Markdig cannot parse it ({e.Message.TrimEnd('.')})";
        }

        var (depth, line) = MarkdownNesting.Deepest(document);
        return depth > MaximumNesting
            ? $"at its line {line + 1 + skippedLines} it nests lists, quotes, emphasis or links {depth} levels deep; DossierGen renders at most {MaximumNesting}"
            : null;
    }

    /// <summary>The text as safe, self-contained Markdown with its headings <paramref name="headingOffset"/> levels down, or null when nothing of it is left to show.</summary>
    public static string? SafeMarkdown(string text, int headingOffset)
    {
        var markdown = Write(text, headingOffset).Markdown;
        return markdown.Length == 0 ? null : markdown;
    }

    /// <summary>The safe Markdown, and whether the writer's own output passed the check (false: the plain-text fallback was used).</summary>
    internal static (string Markdown, bool Verified) Write(string text, int headingOffset)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (Check(trimmed) is null)
        {
            var markdown = SafeMarkdownWriter.Write(DossierMarkdown.Parse(trimmed), headingOffset);
            if (IsSelfContained(markdown, headingOffset))
            {
                return (markdown, true);
            }
        }

        return (PlainParagraphs(trimmed), false);
    }

    /// <summary>
    /// Whether the Markdown, followed by a blank line and a paragraph, leaves that paragraph at the
    /// top level, and holds no raw HTML, note box, heading above the offset, link DossierGen does
    /// not link to, or footnote or link definition but its own.
    /// </summary>
    private static bool IsSelfContained(string markdown, int headingOffset)
    {
        MarkdownDocument document;
        try
        {
            document = DossierMarkdown.Parse(markdown + "\n\n" + Sentinel + "\n");
        }
        catch (ArgumentException)
        {
            return false;
        }

        var last = document.LastOrDefault(b => b is not (FootnoteGroup or LinkReferenceDefinitionGroup));
        if (last is not ParagraphBlock { Inline: { } ending } || ending.FirstChild is not LiteralInline { NextSibling: null } only || only.Content.ToString() != Sentinel)
        {
            return false;
        }

        foreach (var node in document.Descendants())
        {
            var unsafeNode = node switch
            {
                HtmlBlock or HtmlInline or Markdig.Extensions.CustomContainers.CustomContainer => true,
                HeadingBlock heading => heading.Level <= headingOffset,
                LinkInline { IsImage: false } link => !LinkTargets.IsHyperlink(link.Url),
                AutolinkInline => true,
                FootnoteLink link => link.Footnote.Label?.StartsWith("^" + SafeMarkdownWriter.FootnotePrefix, StringComparison.Ordinal) != true,
                LinkReferenceDefinition definition => definition is not FootnoteLinkReferenceDefinition || definition.Label?.StartsWith("^" + SafeMarkdownWriter.FootnotePrefix, StringComparison.Ordinal) != true,
                _ => false,
            };
            if (unsafeNode)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every line as escaped text; blank lines part paragraphs. Safe by construction: nothing in it is markup.</summary>
    private static string PlainParagraphs(string text)
    {
        var output = new MarkdownOutput();
        var inParagraph = false;
        foreach (var line in text.Split('\n').Select(l => l.Trim()))
        {
            if (line.Length == 0)
            {
                if (inParagraph)
                {
                    output.EndBlock();
                }

                inParagraph = false;
                continue;
            }

            if (!inParagraph)
            {
                output.StartBlock();
            }

            output.StartLine();
            output.Text(line);
            inParagraph = true;
        }

        return output.ToString();
    }
}

using System.Text;

namespace DossierGen.Markdown;

/// <summary>
/// Markdown being written line by line: container prefixes (<c>&gt; </c>, a list marker and its
/// indent) on every line, blank lines between blocks, markup written as given and text escaped so
/// that Markdig reads it back as exactly that text wherever it stands, at the start of a line
/// included (where <c>#</c>, <c>-</c>, <c>1.</c>, <c>=</c> or an indent would open a block).
/// </summary>
internal sealed class MarkdownOutput
{
    /// <summary>Escaped wherever they stand: they open inline or block constructs.</summary>
    private const string AlwaysEscaped = "\\`*_[]<>#|~";

    private readonly StringBuilder _markdown = new();
    private readonly List<Indent> _indents = [];
    private int _lineStart;
    private bool _digitsOnly = true;
    private bool _verbatimLine;
    private bool _separatorPending;

    /// <summary>How many blocks have been written; a container that wrote none writes its marker alone.</summary>
    public int Blocks { get; private set; }

    private bool AtLineStart => _markdown.Length == _lineStart;

    /// <summary>Opens a container: <paramref name="first"/> prefixes its first line, <paramref name="rest"/> every other.</summary>
    public void Push(string first, string rest) => _indents.Add(new Indent(first, rest));

    public void Pop() => _indents.RemoveAt(_indents.Count - 1);

    /// <summary>Starts a block: a blank line first when a block came before it in the same container.</summary>
    public void StartBlock()
    {
        if (_separatorPending)
        {
            StartLine();
        }

        _separatorPending = false;
    }

    public void EndBlock()
    {
        _separatorPending = true;
        Blocks++;
    }

    /// <summary>The next block follows without a blank line (the items of a tight list).</summary>
    public void SuppressSeparator() => _separatorPending = false;

    /// <summary>Ends the current line (without trailing spaces, which would make a hard break) and writes the prefixes of the next.</summary>
    public void StartLine()
    {
        if (_markdown.Length > 0)
        {
            if (!_verbatimLine)
            {
                var end = _markdown.Length;
                while (end > 0 && _markdown[end - 1] is ' ' or '\t')
                {
                    end--;
                }

                _markdown.Length = end;
            }

            _markdown.Append('\n');
        }

        foreach (var indent in _indents)
        {
            _markdown.Append(indent.Used ? indent.Rest : indent.First);
            indent.Used = true;
        }

        _lineStart = _markdown.Length;
        _digitsOnly = true;
        _verbatimLine = false;
    }

    /// <summary>Markdown syntax, written as given.</summary>
    public void Markup(string markup)
    {
        _markdown.Append(markup);
        _digitsOnly = false;
    }

    /// <summary>A line of a code block, written as given.</summary>
    public void Verbatim(string line)
    {
        _markdown.Append(line);
        _digitsOnly = false;
        _verbatimLine = true;
    }

    /// <summary>Literal text, escaped so that it reads back as itself.</summary>
    public void Text(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i] is '\r' or '\n' ? ' ' : text[i];
            if (AtLineStart && c is ' ' or '\t')
            {
                // An indent would make code or continue a list item; a character reference does not.
                _markdown.Append(c == ' ' ? "&#32;" : "&#9;");
                _digitsOnly = false;
                continue;
            }

            // A list marker, rule or setext underline needs a space, a tab or the end after its character (or more of it).
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            var endsMarker = next is ' ' or '\t' or '\0';
            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal)
                || (AtLineStart && c is '-' or '+' or '=' && (endsMarker || next == c))
                || (c is '.' or ')' && _digitsOnly && !AtLineStart && endsMarker)
                || (c == ':' && (Previous() == ':' || next == ':'))
                || (c == '+' && (Previous() == '+' || next == '+'))
                || (c == '&' && IsReference(text, i)))
            {
                _markdown.Append('\\');
            }

            _markdown.Append(c);
            _digitsOnly = _digitsOnly && char.IsAsciiDigit(c);
        }
    }

    public override string ToString() => _markdown.ToString();

    private char Previous() => _markdown.Length > _lineStart ? _markdown[^1] : '\0';

    /// <summary>Whether an entity or character reference (<c>&amp;amp;</c>, <c>&amp;#38;</c>) starts at <paramref name="index"/>.</summary>
    private static bool IsReference(string text, int index)
    {
        var i = index + 1;
        if (i < text.Length && text[i] == '#')
        {
            i++;
            if (i < text.Length && text[i] is 'x' or 'X')
            {
                i++;
            }
        }

        var start = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > start && i < text.Length && text[i] == ';';
    }

    private sealed class Indent(string first, string rest)
    {
        public string First { get; } = first;

        public string Rest { get; } = rest;

        public bool Used { get; set; }
    }
}

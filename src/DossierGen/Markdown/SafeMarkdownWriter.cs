using System.Globalization;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DossierGen.Markdown;

/// <summary>
/// Writes a parsed user document back as Markdown that closes at its end whatever it held: code
/// blocks as fences that are always closed, raw HTML blocks as text and inline tags dropped, note
/// boxes (<c>:::</c>, DossierGen's own) as their content, headings moved below the section's own,
/// reference links as inline links, links to targets DossierGen does not link to as their text,
/// and footnotes under labels of their own (<c>user-1</c> ...) with their definitions at the end.
/// Every text is escaped by <see cref="MarkdownOutput"/>. Recursion is bounded: deeper documents
/// are refused before they get here (<see cref="UserMarkdown.MaximumNesting"/>).
/// </summary>
internal sealed class SafeMarkdownWriter
{
    public const string FootnotePrefix = "user-";

    private readonly MarkdownOutput _output = new();
    private readonly SafeInlineWriter _inlines;
    private readonly int _headingOffset;

    private SafeMarkdownWriter(int headingOffset)
    {
        _headingOffset = headingOffset;
        _inlines = new SafeInlineWriter(_output);
    }

    public static string Write(MarkdownDocument document, int headingOffset)
    {
        var writer = new SafeMarkdownWriter(headingOffset);
        writer.Blocks(document);
        writer.FootnoteDefinitions();
        return writer._output.ToString();
    }

    private void Blocks(ContainerBlock container)
    {
        foreach (var block in container)
        {
            Block(block);
        }
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case FootnoteGroup or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                // Definitions: footnotes are written at the end, links inline.
                break;
            case ParagraphBlock paragraph:
                Paragraph(paragraph.Inline);
                break;
            case HeadingBlock heading:
                Heading(heading);
                break;
            case ThematicBreakBlock:
                // Underscores: a dash or star rule could read as a setext underline or a list item.
                Leaf(() => _output.Markup("___"));
                break;
            case CodeBlock code:
                Code(code);
                break;
            case HtmlBlock html:
                Html(html);
                break;
            case QuoteBlock quote:
                Container(quote, "> ", "> ");
                break;
            case ListBlock list:
                List(list);
                break;
            case Table table:
                Table(table);
                break;
            case ContainerBlock container:
                // A note box (::: verify is DossierGen's own) is its content; so is any other container.
                Blocks(container);
                break;
            case LeafBlock leaf:
                Paragraph(leaf.Inline);
                break;
            default:
                break;
        }
    }

    private void Leaf(Action write)
    {
        _output.StartBlock();
        _output.StartLine();
        write();
        _output.EndBlock();
    }

    private void Paragraph(ContainerInline? inline)
    {
        if (SafeInlineWriter.Writes(inline))
        {
            Leaf(() => _inlines.Write(inline, singleLine: false));
        }
    }

    private void Heading(HeadingBlock heading) => Leaf(() =>
    {
        _output.Markup(new string('#', Math.Min(heading.Level + _headingOffset, 6)));
        if (SafeInlineWriter.Writes(heading.Inline))
        {
            _output.Markup(" ");
            _inlines.Write(heading.Inline, singleLine: true);
        }
    });

    private void Code(CodeBlock code)
    {
        var lines = Enumerable.Range(0, code.Lines.Count).Select(i => code.Lines.Lines[i].Slice.ToString()).ToList();
        var fence = new string('`', Math.Max(3, lines.Select(SafeInlineWriter.LongestBacktickRun).DefaultIfEmpty(0).Max() + 1));
        Leaf(() =>
        {
            _output.Markup(fence);
            foreach (var line in lines)
            {
                _output.StartLine();
                _output.Verbatim(line);
            }

            _output.StartLine();
            _output.Markup(fence);
        });
    }

    /// <summary>Raw HTML is shown as the text it is, line by line in one paragraph.</summary>
    private void Html(HtmlBlock html)
    {
        var lines = Enumerable.Range(0, html.Lines.Count).Select(i => html.Lines.Lines[i].Slice.ToString().Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            return;
        }

        Leaf(() =>
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0)
                {
                    _output.StartLine();
                }

                _output.Text(lines[i]);
            }
        });
    }

    /// <summary>A quote, list item or footnote: its blocks under a prefix; an empty one is its prefix alone.</summary>
    private void Container(ContainerBlock container, string first, string rest)
    {
        _output.StartBlock();
        _output.Push(first, rest);
        var before = _output.Blocks;
        Blocks(container);
        if (_output.Blocks == before)
        {
            _output.StartLine();
        }

        _output.Pop();
        _output.EndBlock();
    }

    private void List(ListBlock list)
    {
        var number = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        var items = list.OfType<ListItemBlock>().ToList();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0 && !list.IsLoose)
            {
                _output.SuppressSeparator();
            }

            // The bullet or delimiter of the original keeps two lists that follow each other apart.
            var marker = list.IsOrdered
                ? (number + i <= 999_999_999 ? number + i : number).ToString(CultureInfo.InvariantCulture) + list.OrderedDelimiter
                : list.BulletType.ToString();
            Container(items[i], marker + " ", new string(' ', marker.Length + 1));
        }
    }

    private void Table(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var columns = Math.Max(1, Math.Max(table.ColumnDefinitions.Count, rows.Max(r => r.Count)));
        Leaf(() =>
        {
            for (var r = 0; r < rows.Count; r++)
            {
                if (r > 0)
                {
                    _output.StartLine();
                }

                _output.Markup("|");
                for (var c = 0; c < columns; c++)
                {
                    _output.Markup(" ");
                    if (c < rows[r].Count)
                    {
                        Cell((TableCell)rows[r][c]);
                    }

                    _output.Markup(" |");
                }

                if (r == 0)
                {
                    _output.StartLine();
                    Separator(table, columns);
                }
            }
        });
    }

    private void Cell(TableCell cell)
    {
        _inlines.InCell = true;
        var first = true;
        foreach (var leaf in cell.OfType<LeafBlock>().Where(l => SafeInlineWriter.Writes(l.Inline)))
        {
            if (!first)
            {
                _output.Text(" ");
            }

            _inlines.Write(leaf.Inline, singleLine: true);
            first = false;
        }

        _inlines.InCell = false;
    }

    /// <summary>The separator row: alignment as given, dashes in proportion to the column widths the original's dashes gave.</summary>
    private void Separator(Table table, int columns)
    {
        _output.Markup("|");
        for (var c = 0; c < columns; c++)
        {
            var column = table.ColumnDefinitions.ElementAtOrDefault(c);
            var dashes = new string('-', Math.Max(3, (int)Math.Round(column?.Width ?? 0)));
            var cell = column?.Alignment switch
            {
                TableColumnAlign.Left => ":" + dashes,
                TableColumnAlign.Center => ":" + dashes + ":",
                TableColumnAlign.Right => dashes + ":",
                _ => dashes,
            };
            _output.Markup(" " + cell + " |");
        }
    }

    private void FootnoteDefinitions()
    {
        // References inside a definition are written as text (Word has no footnotes in footnotes), so the list does not grow here.
        _inlines.InFootnote = true;
        for (var i = 0; i < _inlines.Footnotes.Count; i++)
        {
            var label = $"[^{FootnotePrefix}{(i + 1).ToString(CultureInfo.InvariantCulture)}]:";
            if (_inlines.Footnotes[i].FirstOrDefault() is ParagraphBlock)
            {
                Container(_inlines.Footnotes[i], label + " ", "    ");
            }
            else
            {
                // A list or code block cannot start on the label's line: its indent would not match the lines after.
                _output.StartBlock();
                _output.StartLine();
                _output.Markup(label);
                _output.Push("    ", "    ");
                Blocks(_inlines.Footnotes[i]);
                _output.Pop();
                _output.EndBlock();
            }
        }

        _inlines.InFootnote = false;
    }

}

using System.Globalization;
using DossierGen.Word.Xml;
using Markdig.Renderers;
using Markdig.Syntax;

namespace DossierGen.Word;

/// <summary>
/// Renders a Markdig AST to WordprocessingML, one small renderer per node kind (Blocks/, Inlines/),
/// mirroring Markdig's own HTML renderer layout. Paragraph and list state live here; formatting
/// comes from named styles of the reference document.
/// </summary>
public sealed class WordRenderer : RendererBase
{
    private readonly Stack<WordElement> _containers = new();
    private readonly Stack<RunFormat> _runStyles = new();

    public WordRenderer(WordContent content)
    {
        Content = content;
        ObjectRenderers.Add(new Blocks.HeadingRenderer());
        ObjectRenderers.Add(new Blocks.ParagraphRenderer());
        ObjectRenderers.Add(new Blocks.ListRenderer());
        ObjectRenderers.Add(new Blocks.TableRenderer());
        ObjectRenderers.Add(new Blocks.CalloutRenderer());
        ObjectRenderers.Add(new Blocks.QuoteBlockRenderer());
        ObjectRenderers.Add(new Blocks.CodeBlockRenderer());
        ObjectRenderers.Add(new Blocks.ThematicBreakRenderer());
        ObjectRenderers.Add(new Blocks.FootnoteGroupRenderer());
        ObjectRenderers.Add(new Blocks.HtmlBlockRenderer());
        ObjectRenderers.Add(new Blocks.LinkReferenceDefinitionGroupRenderer());
        ObjectRenderers.Add(new Inlines.LiteralInlineRenderer());
        ObjectRenderers.Add(new Inlines.EmphasisInlineRenderer());
        ObjectRenderers.Add(new Inlines.LinkInlineRenderer());
        ObjectRenderers.Add(new Inlines.AutolinkInlineRenderer());
        ObjectRenderers.Add(new Inlines.CodeInlineRenderer());
        ObjectRenderers.Add(new Inlines.LineBreakInlineRenderer());
        ObjectRenderers.Add(new Inlines.FootnoteLinkRenderer());
        ObjectRenderers.Add(new Inlines.HtmlInlineRenderer());
        ObjectRenderers.Add(new Inlines.HtmlEntityInlineRenderer());
        ObjectRenderers.Add(new Inlines.DelimiterInlineRenderer());
        _runStyles.Push(RunFormat.Plain);
    }

    public WordContent Content { get; }

    /// <summary>The width of the page's text, in twips: what a table is as wide as. A4 with 2.5 cm margins unless the document says otherwise.</summary>
    public int TextWidth { get; init; } = PageSetup.Default.TextWidth;

    /// <summary>Where a <c>::: toc</c> asked for a table of contents, filled in once all headings are known.</summary>
    public WordElement? TableOfContents { get; set; }

    /// <summary>The paragraph style for plain paragraphs here (Compact in lists and tables, a note style in callouts).</summary>
    public string ParagraphStyle { get; set; } = StyleIds.BodyText;

    /// <summary>The list the current paragraph belongs to: numbering instance and level, or null.</summary>
    public (int NumberingId, int Level)? ListContext { get; set; }

    /// <summary>Set after a list item's first paragraph, so following paragraphs of the item are not numbered again.</summary>
    public bool ListItemStarted { get; set; }

    public int ListDepth { get; set; }

    /// <summary>Set while a footnote's content is written, where footnote references cannot be.</summary>
    public bool InFootnote { get; set; }

    /// <summary>Text that opens the next paragraph: a list item's bullet or number inside a note box, where numbering is not used.</summary>
    public string? ItemMarker { get; set; }

    public RunFormat CurrentRunStyle => _runStyles.Peek();

    public WordElement Container => _containers.Count > 0 ? _containers.Peek() : throw new InvalidOperationException("no open container");

    public override object Render(MarkdownObject markdownObject)
    {
        ArgumentNullException.ThrowIfNull(markdownObject);
        var body = new WordElement("w:body");
        _containers.Push(body);
        Write(markdownObject);
        EndAfterTable(body);
        _containers.Pop();
        if (TableOfContents is not null)
        {
            TableOfContentsField.Fill(body, TableOfContents);
        }

        Content.Body.AddRange(body.Children);
        return Content;
    }

    /// <summary>Renders blocks into <paramref name="container"/> (a table cell, a footnote) instead of the body.</summary>
    public void WriteInto(WordElement container, Action write)
    {
        Within(_containers, container, write);
        EndAfterTable(container);
    }

    /// <summary>Adds a table to the current container, after a spacing paragraph when the container already ends with a table: Word joins two adjacent tables into one.</summary>
    public void AddTable(WordElement table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (Container.LastChild is { Name: Wml.Table })
        {
            Container.Add(Wml.StyledParagraph(ParagraphStyle));
        }

        Container.Add(table);
    }

    /// <summary>A body, cell or footnote that ends with a table gets a closing paragraph: Word requires one in a cell or footnote and joins the table with whatever follows otherwise.</summary>
    private void EndAfterTable(WordElement container)
    {
        if (container.LastChild is { Name: Wml.Table })
        {
            container.Add(Wml.StyledParagraph(ParagraphStyle));
        }
    }

    public void WithRunStyle(RunFormat style, Action write) => Within(_runStyles, style, write);

    private static void Within<T>(Stack<T> stack, T value, Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        stack.Push(value);
        try
        {
            write();
        }
        finally
        {
            stack.Pop();
        }
    }

    /// <summary>Opens a paragraph in the current container with the current style and list context.</summary>
    public WordElement OpenParagraph(string? style = null)
    {
        var paragraph = Wml.StyledParagraph(style ?? ParagraphStyle);
        var properties = paragraph.FirstChild!;
        if (ListContext is { } list && !ListItemStarted)
        {
            properties.Add(new WordElement("w:numPr").Add(
                Wml.Valued("w:ilvl", list.Level.ToString(CultureInfo.InvariantCulture)),
                Wml.Valued("w:numId", list.NumberingId.ToString(CultureInfo.InvariantCulture))));
            ListItemStarted = true;
        }
        else if (ListContext is { } continued)
        {
            properties.Add(new WordElement("w:ind").With("w:left", ((continued.Level + 1) * 360).ToString(CultureInfo.InvariantCulture)));
        }

        if (ItemMarker is not null)
        {
            paragraph.Add(RunFactory.Text(ItemMarker, RunFormat.Plain));
            ItemMarker = null;
        }

        Container.Add(paragraph);
        return paragraph;
    }

    /// <summary>Appends text as runs to the current paragraph, splitting East Asian text so Word picks its font and language.</summary>
    public void WriteText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraph = CurrentParagraph();
        foreach (var (segment, eastAsian) in Scripts.Split(text))
        {
            paragraph.Add(RunFactory.Text(segment, CurrentRunStyle, eastAsian));
        }
    }

    public void WriteLeafInline(LeafBlock block)
    {
        ArgumentNullException.ThrowIfNull(block);
        if (block.Inline is not null)
        {
            WriteChildren(block.Inline);
        }
    }

    public void Append(WordElement element) => CurrentParagraph().Add(element);

    /// <summary>The paragraph inline content goes to: the container's last block if it is a paragraph, else a new one.</summary>
    private WordElement CurrentParagraph() =>
        Container.LastChild is { Name: Wml.Paragraph } paragraph ? paragraph : OpenParagraph();
}

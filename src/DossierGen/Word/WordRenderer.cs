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

    private readonly ReferenceDocument? _reference;

    /// <param name="info">The document being written: its section number prefixes captions and anchors links; its section files are where links to other sections go.</param>
    /// <param name="reference">The reference document, whose note-box indents lists in boxes line up with.</param>
    public WordRenderer(WordContent content, DocumentInfo? info = null, ReferenceDocument? reference = null)
    {
        Content = content;
        Info = info;
        _reference = reference;
        SectionLinks = new CrossReferences.SectionLinks(new HashSet<string>(), info?.SectionFiles ?? new Dictionary<string, string>());
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

    /// <summary>The document's chart blocks as generation already read them; others are read when drawn.</summary>
    public ReadCharts Charts { get; init; } = ReadCharts.None;

    public DocumentInfo? Info { get; }

    /// <summary>The bookmarks of headings and captions, unique within the document.</summary>
    public Bookmarks.BookmarkRegistry Bookmarks { get; } = new();

    public Captions.CaptionCounter Captions { get; } = new();

    /// <summary>Where links to sections go; set up for each rendered document from its headings.</summary>
    public CrossReferences.SectionLinks SectionLinks { get; private set; }
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

    /// <summary>Whether paragraphs are being written into a verify or info note box.</summary>
    public bool InNoteBox => ParagraphStyle is StyleIds.VerifyNote or StyleIds.InfoNote;

    public RunFormat CurrentRunStyle => _runStyles.Peek();

    public WordElement Container => _containers.Count > 0 ? _containers.Peek() : throw new InvalidOperationException("no open container");

    public override object Render(MarkdownObject markdownObject)
    {
        ArgumentNullException.ThrowIfNull(markdownObject);
        var body = new WordElement("w:body");
        SectionLinks = new CrossReferences.SectionLinks(SectionsIn(markdownObject), Info?.SectionFiles ?? new Dictionary<string, string>());
        _containers.Push(body);
        Write(markdownObject);
        EndAfterTable(body);
        _containers.Pop();
        SectionLinks.Anchor(Bookmarks);
        Layout.SpaceAfterTables.Apply(new[] { body }.Concat(Content.Footnotes).SelectMany(c => new[] { c }.Concat(c.Descendants().Where(e => e.Name == "w:tc"))));
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

    /// <summary>The section numbers this document's headings carry, as <see cref="Bookmarks.HeadingBookmarks"/> will bookmark them.</summary>
    private HashSet<string> SectionsIn(MarkdownObject document)
    {
        var sections = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var text = string.Concat(heading.Inline?.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()) ?? []).Trim();
            if (Word.Bookmarks.SectionNumbers.Leading(text) is { } number)
            {
                sections.Add(number);
            }
            else if (heading.Level == 1 && Info?.SectionNumber is { } own)
            {
                sections.Add(own);
            }
        }

        return sections;
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
        else if (ListContext is { } continued && !InNoteBox)
        {
            properties.Add(new WordElement("w:ind").With("w:left", ((continued.Level + 1) * 360).ToString(CultureInfo.InvariantCulture)));
        }

        if (ListContext is not null && InNoteBox && properties.Child("w:numPr") is not null)
        {
            // The number hangs on the box's own indent and the text starts one step in: Word and
            // LibreOffice join bordered paragraphs into one box only when their leftmost points
            // match, and numbering's default indent would break the box at every item. A nested
            // item looks the same but for its bullet; a continued paragraph is flush with the box.
            var left = (_reference?.LeftIndent(ParagraphStyle) ?? 0) + 360;
            properties.Add(new WordElement("w:ind").With("w:left", left.ToString(CultureInfo.InvariantCulture)).With("w:hanging", "360"));
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

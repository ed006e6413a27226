using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace DossierGen.Markdown;

/// <summary>
/// Reads a reference to a defined footnote, <c>[^label]</c>, as one inline before Markdig's link
/// parser sees it. That parser reads two references side by side, <c>[^c1][^c2]</c>, as a
/// reference link whose text is "^c1" to footnote c2, so the first citation lost its mark and its
/// text. Labels match as Markdig matches them (the same label parser and definition lookup).
/// </summary>
internal sealed class FootnoteReferenceParser : InlineParser
{
    public FootnoteReferenceParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '^')
        {
            return false;
        }

        var start = slice.Start;
        var rest = slice;
        if (!LinkHelper.TryParseLabel(ref rest, out var label)
            || !processor.Document.TryGetLinkReferenceDefinition(label, out var definition)
            || definition is not FootnoteLinkReferenceDefinition { CreateLinkInline: { } create } footnote)
        {
            return false;
        }

        var position = processor.GetSourcePosition(start, out var line, out var column);
        var link = create(processor, footnote, null);
        link.Span = new SourceSpan(position, processor.GetSourcePosition(rest.Start - 1));
        link.Line = line;
        link.Column = column;
        processor.Inline = link;
        slice = rest;
        return true;
    }
}

using System.Text;

namespace DossierGen.Tests.Support;

/// <summary>
/// A small, valid Word document as named XML texts (heading, paragraph with a footnote, list item,
/// table), so a test can break exactly one thing in exactly one part and zip the result.
/// </summary>
internal sealed class MinimalDocx
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private readonly SortedDictionary<string, byte[]> _parts = new(StringComparer.Ordinal);

    public MinimalDocx()
    {
        Set("[Content_Types].xml", Declaration + """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
            <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
            <Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
            <Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
            </Types>
            """);
        Set("_rels/.rels", Declaration + $"""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="{RelationshipTypes}officeDocument" Target="word/document.xml"/>
            </Relationships>
            """);
        Set("word/_rels/document.xml.rels", Declaration + $"""
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="{RelationshipTypes}styles" Target="styles.xml"/>
            <Relationship Id="rId2" Type="{RelationshipTypes}numbering" Target="numbering.xml"/>
            <Relationship Id="rId3" Type="{RelationshipTypes}footnotes" Target="footnotes.xml"/>
            </Relationships>
            """);
        Set("word/document.xml", Document(Body));
        Set("word/styles.xml", Declaration + $"""
            <w:styles xmlns:w="{W}">
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
            </w:styles>
            """);
        Set("word/numbering.xml", Declaration + $"""
            <w:numbering xmlns:w="{W}">
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            </w:numbering>
            """);
        Set("word/footnotes.xml", Declaration + $"""
            <w:footnotes xmlns:w="{W}">
            <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
            <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
            <w:footnote w:id="1"><w:p><w:r><w:t>A citation.</w:t></w:r></w:p></w:footnote>
            </w:footnotes>
            """);
    }

    /// <summary>The body's content: what <see cref="Document"/> wraps when a test does not give its own.</summary>
    public static string Body => """
        <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Title</w:t></w:r></w:p>
        <w:p><w:r><w:t>Text with a citation.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>
        <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>A list item</w:t></w:r></w:p>
        <w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
        <w:p/>
        """;

    /// <summary>A whole document.xml around <paramref name="body"/>.</summary>
    public static string Document(string body) => Declaration + $"<w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>";

    public IReadOnlyDictionary<string, byte[]> Parts => _parts;

    public MinimalDocx Set(string part, string xml) => Set(part, Encoding.UTF8.GetBytes(xml));

    public MinimalDocx Set(string part, byte[] content)
    {
        _parts[part] = content;
        return this;
    }

    public MinimalDocx Remove(string part)
    {
        _parts.Remove(part);
        return this;
    }

    /// <summary>Replaces text in one part; the text must be there, so a recipe cannot silently break nothing.</summary>
    public MinimalDocx Replace(string part, string old, string @new)
    {
        var text = Encoding.UTF8.GetString(_parts[part]);
        if (!text.Contains(old, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{old}' is not in {part}", nameof(old));
        }

        return Set(part, text.Replace(old, @new, StringComparison.Ordinal));
    }

    /// <summary>The package as zip bytes, entries in name order with honest headers.</summary>
    public byte[] Zip() => RawZip.Write(_parts.Select(p => RawZip.Deflate(p.Key, p.Value)));
}

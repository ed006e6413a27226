using System.Text;

namespace DossierGen.Tests.Support;

/// <summary>
/// Recipes for hostile Word documents: each breaks one thing (the zip, one part's XML, one value
/// DossierGen reads) and says which part a refusal must name, or that the document must be read.
/// The small ones are also committed under tests/DossierGen.Tests/Inputs/HostileDocx; the large
/// ones (zip bombs, huge documents) are only ever made here, at test time.
/// </summary>
internal static class HostileDocx
{
    /// <param name="Name">The file name without .docx.</param>
    /// <param name="Part">What a refusal names: a part name, or another phrase of the message (null: the document must be read).</param>
    /// <param name="Build">Makes the bytes.</param>
    public sealed record Recipe(string Name, string? Part, Func<byte[]> Build)
    {
        public override string ToString() => Name;
    }

    private const string Document = "word/document.xml";

    /// <summary>Small enough to commit: each is a few kilobytes at most.</summary>
    public static IReadOnlyList<Recipe> Small { get; } =
    [
        new("not-a-zip", "not a zip", () => Encoding.UTF8.GetBytes("This is plain text, not a Word document.\n")),
        new("truncated", "not a zip", () => new MinimalDocx().Zip()[..700]),
        new("no-main-document", "_rels/.rels", () => new MinimalDocx().Replace("_rels/.rels", "relationships/officeDocument", "relationships/other").Zip()),
        new("main-document-missing", Document, () => new MinimalDocx().Remove(Document).Zip()),
        new("dangling-relationship", "word/missing.xml", () => new MinimalDocx().Replace("word/_rels/document.xml.rels", "Target=\"footnotes.xml\"", "Target=\"missing.xml\"").Zip()),
        new("relationship-target-outside", "word/_rels/document.xml.rels", () => new MinimalDocx().Replace("word/_rels/document.xml.rels", "Target=\"footnotes.xml\"", "Target=\"../../../../etc/passwd\"").Zip()),
        new("duplicate-entry", "WORD/Document.xml: appears twice", () => RawZip.Write(new MinimalDocx().Parts.Select(p => RawZip.Deflate(p.Key, p.Value)).Append(RawZip.Deflate("WORD/Document.xml", Encoding.UTF8.GetBytes(MinimalDocx.Document("")))))),
        new("unsupported-compression", Document, () => RawZip.Write(new MinimalDocx().Parts.Select(p => p.Key == Document ? RawZip.Deflate(p.Key, p.Value) with { Method = 14 } : RawZip.Deflate(p.Key, p.Value)))),
        new("wrong-crc", Document, () => RawZip.Write(new MinimalDocx().Parts.Select(p => p.Key == Document ? RawZip.Deflate(p.Key, p.Value) with { Crc = 12345 } : RawZip.Deflate(p.Key, p.Value)))),
        new("dtd-internal-entity", Document, () => new MinimalDocx().Set(Document, WithDoctype("<!DOCTYPE w:document [<!ENTITY name \"Title\">]>", MinimalDocx.Body.Replace(">Title<", ">&name;<", StringComparison.Ordinal))).Zip()),
        new("billion-laughs", Document, () => new MinimalDocx().Set(Document, WithDoctype(BillionLaughs, "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>")).Zip()),
        new("dtd-in-content-types", "[Content_Types].xml", () => new MinimalDocx().Replace("[Content_Types].xml", "<Types ", "<!DOCTYPE Types [<!ENTITY x \"y\">]>\n<Types ").Zip()),
        new("dtd-in-relationships", "_rels/.rels", () => new MinimalDocx().Replace("_rels/.rels", "<Relationships ", "<!DOCTYPE Relationships [<!ENTITY x \"y\">]>\n<Relationships ").Zip()),
        new("malformed-document", Document, () => new MinimalDocx().Replace(Document, "<w:t>Title</w:t>", "<w:t>Title").Zip()),
        new("malformed-styles", "word/styles.xml", () => new MinimalDocx().Replace("word/styles.xml", "</w:styles>", "").Zip()),
        new("malformed-numbering", "word/numbering.xml", () => new MinimalDocx().Replace("word/numbering.xml", "<w:num w:numId=\"1\">", "<w:num w:numId=\"1\"").Zip()),
        new("malformed-footnotes", "word/footnotes.xml", () => new MinimalDocx().Replace("word/footnotes.xml", "<w:t>A citation.</w:t>", "<w:t>A citation & more.</w:t>").Zip()),
        new("malformed-content-types", "[Content_Types].xml", () => new MinimalDocx().Replace("[Content_Types].xml", "</Types>", "</Typ>").Zip()),
        new("malformed-relationships", "word/_rels/document.xml.rels", () => new MinimalDocx().Replace("word/_rels/document.xml.rels", "</Relationships>", "").Zip()),
        new("undeclared-prefix", Document, () => new MinimalDocx().Replace(Document, "<w:p/>", "<x:p/>").Zip()),
        new("invalid-xml-character", Document, () => new MinimalDocx().Replace(Document, ">Title<", ">Ti&#x1;tle<").Zip()),
        new("not-utf8", Document, () => new MinimalDocx().Set(Document, [.. Encoding.UTF8.GetBytes(MinimalDocx.Document(MinimalDocx.Body)).Select(b => b == (byte)'T' ? (byte)0xFF : b)]).Zip()),
        new("wrong-root", Document, () => new MinimalDocx().Set(Document, $"<w:body xmlns:w=\"{MinimalDocx.W}\"><w:p/></w:body>").Zip()),
        new("missing-body", Document, () => new MinimalDocx().Set(Document, $"<w:document xmlns:w=\"{MinimalDocx.W}\"/>").Zip()),
        new("list-level-negative", Document, () => new MinimalDocx().Replace(Document, "<w:ilvl w:val=\"0\"/>", "<w:ilvl w:val=\"-1\"/>").Zip()),
        new("list-level-huge", Document, () => new MinimalDocx().Replace(Document, "<w:ilvl w:val=\"0\"/>", "<w:ilvl w:val=\"2147483647\"/>").Zip()),
        new("list-level-overflow", Document, () => new MinimalDocx().Replace(Document, "<w:ilvl w:val=\"0\"/>", "<w:ilvl w:val=\"99999999999\"/>").Zip()),
        new("list-level-not-a-number", Document, () => new MinimalDocx().Replace(Document, "<w:ilvl w:val=\"0\"/>", "<w:ilvl w:val=\"one\"/>").Zip()),
        new("list-id-not-a-number", Document, () => new MinimalDocx().Replace(Document, "<w:numId w:val=\"1\"/>", "<w:numId w:val=\"first\"/>").Zip()),
        new("numbering-definition-id-not-a-number", "word/numbering.xml", () => new MinimalDocx().Replace("word/numbering.xml", "<w:num w:numId=\"1\">", "<w:num w:numId=\"x\">").Zip()),
        new("footnote-id-not-a-number", "word/footnotes.xml", () => new MinimalDocx().Replace("word/footnotes.xml", "<w:footnote w:id=\"1\">", "<w:footnote w:id=\"one\">").Zip()),
        new("footnote-reference-id-not-a-number", Document, () => new MinimalDocx().Replace(Document, "<w:footnoteReference w:id=\"1\"/>", "<w:footnoteReference w:id=\"1e3\"/>").Zip()),
        new("deep-nesting", Document, () => new MinimalDocx().Set(Document, MinimalDocx.Document(Nested(100_000))).Zip()),
        new("nested-tables-within-bounds", null, () => new MinimalDocx().Set(Document, MinimalDocx.Document(Nested(80))).Zip()),
        new("minimal", null, () => new MinimalDocx().Zip()),
        new("no-optional-parts", null, () => new MinimalDocx().Remove("word/styles.xml").Remove("word/numbering.xml").Remove("word/footnotes.xml")
            .Set("word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>")
            .Set(Document, MinimalDocx.Document("<w:p><w:r><w:t>Only text.</w:t></w:r></w:p>")).Zip()),
    ];

    /// <summary>Made at test time only: zip bombs and documents far larger than a real dossier.</summary>
    public static IReadOnlyList<Recipe> Large { get; } =
    [
        new("zip-bomb-honest-header", Document, () => Bomb(declaredSize: 2048u * 1024 * 1024)),
        new("zip-bomb-lying-header", Document, () => Bomb(declaredSize: 1024)),
        new("many-entries", "entries", () => RawZip.Write(new MinimalDocx().Parts.Select(p => RawZip.Deflate(p.Key, p.Value))
            .Concat(Enumerable.Range(0, 20_000).Select(i => RawZip.Store($"word/media/image{i}.png", Array.Empty<byte>()))))),
        new("parts-too-large-together", "together", () => WithImages(40, 16 * 1024 * 1024)),
        new("many-paragraphs", null, () => Paragraphs(30_000, edited: false)),
        new("one-long-paragraph", null, () => new MinimalDocx().Set(Document, MinimalDocx.Document(
            "<w:p><w:r><w:t>" + string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"w{i % 5000}")) + "</w:t></w:r></w:p>")).Zip()),
    ];

    /// <summary>
    /// <paramref name="count"/> paragraphs, a third of them the same text; <paramref name="edited"/>
    /// changes every hundredth and swaps two halves, so aligning it with the unedited one has work to do.
    /// </summary>
    public static byte[] Paragraphs(int count, bool edited)
    {
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var n = edited && i < count / 2 ? i + count / 2 : edited ? i - count / 2 : i;
            var text = n % 3 == 0 ? "Not applicable." : $"Paragraph {n}{(edited && n % 100 == 7 ? ", revised" : "")} of a long document.";
            body.Append("<w:p><w:r><w:t>").Append(text).Append("</w:t></w:r></w:p>");
        }

        return new MinimalDocx().Set(Document, MinimalDocx.Document(body.ToString())).Zip();
    }

    /// <summary>The minimal document with <paramref name="count"/> images of <paramref name="size"/> zero bytes: honest headers, real checksums.</summary>
    private static byte[] WithImages(int count, int size)
    {
        var image = RawZip.Deflate("image", new byte[size]);
        return RawZip.Write(new MinimalDocx().Parts.Select(p => RawZip.Deflate(p.Key, p.Value))
            .Concat(Enumerable.Range(0, count).Select(i => image with { Name = $"word/media/image{i}.png" })));
    }

    /// <summary>
    /// A document.xml that starts like one and goes on as 2 GiB of spaces inside a w:t (about
    /// 2 MB compressed), its header saying <paramref name="declaredSize"/>.
    /// </summary>
    private static byte[] Bomb(uint declaredSize)
    {
        var document = MinimalDocx.Document("<w:p><w:r><w:t xml:space=\"preserve\">");
        var start = Encoding.UTF8.GetBytes(document[..document.IndexOf("</w:body>", StringComparison.Ordinal)]);
        var spaces = new byte[1 << 20];
        Array.Fill(spaces, (byte)' ');
        var bomb = RawZip.Repeated(Document, start, spaces, 2048, declaredSize);
        return RawZip.Write(new MinimalDocx().Parts.Select(p => p.Key == Document ? bomb : RawZip.Deflate(p.Key, p.Value)));
    }

    private static string BillionLaughs => "<!DOCTYPE w:document [<!ENTITY lol \"lol\">"
        + string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">"))
        + "]>";

    /// <summary>A document.xml with a document type declaration before its root.</summary>
    public static string WithDoctype(string doctype, string body) =>
        MinimalDocx.Document(body).Replace("<w:document ", doctype + "<w:document ", StringComparison.Ordinal);

    /// <summary>Tables nested <paramref name="depth"/> deep, a paragraph in the innermost cell.</summary>
    public static string Nested(int depth)
    {
        var open = "<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc>";
        var close = "<w:p/></w:tc></w:tr></w:tbl>";
        var text = new StringBuilder((open.Length + close.Length) * depth + 64);
        for (var i = 0; i < depth; i++)
        {
            text.Append(open);
        }

        text.Append("<w:p><w:r><w:t>Innermost</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++)
        {
            text.Append(close);
        }

        return text.ToString();
    }
}

using System.Text;
using System.Xml;
using DossierGen.Word.Xml;

namespace DossierGen.Tests.Word;

/// <summary>
/// The renderer's own element writer must write what System.Xml's writer (which the Open XML SDK
/// uses) writes, so documents read the same in Word and the goldens did not move when it came in.
/// </summary>
public sealed class WordElementTests
{
    private const string Alphabet = "ab &<>\"'\t\n\r製造所;#x]]>=/ \u3000";

    [Fact]
    public void TextAndAttributesAreEscapedAsXmlWriterEscapesThem()
    {
        var random = new Random(20261122);
        for (var i = 0; i < 2000; i++)
        {
            var text = RandomText(random);
            var value = RandomText(random);

            var ours = new StringBuilder();
            Root().Add(new WordElement("w:t", text).With("w:val", value)).WriteTo(ours);

            Assert.Equal(XmlWriterMarkup(text, value), ours.ToString());
        }
    }

    [Fact]
    public void EmptyElementsCloseThemselvesButEmptyTextKeepsItsEndTag()
    {
        var xml = new StringBuilder();
        new WordElement("w:r").Add(new WordElement("w:b"), new WordElement("w:t", "")).WriteTo(xml);

        Assert.Equal("<w:r><w:b /><w:t></w:t></w:r>", xml.ToString());
    }

    [Fact]
    public void RawMarkupIsWrittenAsGiven()
    {
        var xml = new StringBuilder();
        new WordElement("w:body").Add(WordElement.Raw("<w:sectPr><w:pgSz w:w=\"1\" /></w:sectPr>")).WriteTo(xml);

        Assert.Equal("<w:body><w:sectPr><w:pgSz w:w=\"1\" /></w:sectPr></w:body>", xml.ToString());
    }

    private static WordElement Root() => new WordElement("w:document").With("xmlns:w", Wml.MainNamespace);

    private static string RandomText(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(0, 12); i > 0; i--)
        {
            text.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return text.ToString();
    }

    private static string XmlWriterMarkup(string text, string value)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace };
        using (var writer = XmlWriter.Create(output, settings))
        {
            writer.WriteStartElement("w", "document", Wml.MainNamespace);
            writer.WriteStartElement("w", "t", Wml.MainNamespace);
            writer.WriteAttributeString("w", "val", Wml.MainNamespace, value);
            writer.WriteString(text);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return output.ToString();
    }
}

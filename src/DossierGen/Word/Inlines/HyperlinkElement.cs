using DossierGen.Word.Xml;

namespace DossierGen.Word.Inlines;

/// <summary>The <c>w:hyperlink</c> element for the n-th link of a document (relationship rIdLink{n}).</summary>
internal static class HyperlinkElement
{
    public static WordElement For(int number) =>
        new WordElement("w:hyperlink").With("w:history", "true").With("r:id", RelationshipId(number));

    /// <summary>The relationship id of the n-th link, the same in the document's and the footnotes' relationships.</summary>
    public static string RelationshipId(int number) => "rIdLink" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

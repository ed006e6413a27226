using DossierGen.Word.Xml;

namespace DossierGen.Word.Inlines;

/// <summary>The <c>w:hyperlink</c> element for the n-th link of a document (relationship rIdLink{n}).</summary>
internal static class HyperlinkElement
{
    public static WordElement For(int number) =>
        new WordElement("w:hyperlink").With("w:history", "true").With("r:id", "rIdLink" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

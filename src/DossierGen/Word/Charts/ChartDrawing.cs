using System.Globalization;
using DossierGen.Word.Xml;

namespace DossierGen.Word.Charts;

/// <summary>The run that places chart part n in the text: an inline DrawingML graphic frame as wide as the text, with the caption's words as its alternative text.</summary>
internal static class ChartDrawing
{
    private const string WordprocessingDrawing = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    private const string Drawing = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /// <summary>Twips to EMU.</summary>
    private const long EmuPerTwip = 635;

    /// <summary>Height to width: low enough that a caption and its chart share a page with the table above.</summary>
    private const double Aspect = 0.5;

    public static string RelationshipId(int number) => "rIdChart" + number.ToString(CultureInfo.InvariantCulture);

    public static WordElement Run(int number, int textWidth, string description)
    {
        var width = textWidth * EmuPerTwip;
        var height = (long)(width * Aspect);
        var n = number.ToString(CultureInfo.InvariantCulture);
        var inline = new WordElement("wp:inline").With("xmlns:wp", WordprocessingDrawing).With("distT", "0").With("distB", "0").With("distL", "0").With("distR", "0").Add(
            new WordElement("wp:extent").With("cx", width.ToString(CultureInfo.InvariantCulture)).With("cy", height.ToString(CultureInfo.InvariantCulture)),
            new WordElement("wp:effectExtent").With("l", "0").With("t", "0").With("r", "0").With("b", "0"),
            new WordElement("wp:docPr").With("id", (1000 + number).ToString(CultureInfo.InvariantCulture)).With("name", "Chart " + n).With("descr", XmlChars.Clean(description)),
            new WordElement("wp:cNvGraphicFramePr"),
            new WordElement("a:graphic").With("xmlns:a", Drawing).Add(
                new WordElement("a:graphicData").With("uri", ChartPart.Namespace).Add(
                    new WordElement("c:chart").With("xmlns:c", ChartPart.Namespace).With("r:id", RelationshipId(number)))));
        return new WordElement(Wml.Run).Add(new WordElement("w:drawing").Add(inline));
    }
}

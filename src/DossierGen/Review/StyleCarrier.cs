using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DossierGen.Review;

/// <summary>
/// Makes a redline define every style its body uses. The redline keeps the new document's styles,
/// but deleted paragraphs, runs and tables (and recorded old formatting) come from the old one;
/// when the two come from different tools (a pandoc or LibreOffice document against a generated
/// one) their style ids differ. Each style the new document lacks is copied from the old one,
/// with the styles it is based on, links to or is followed by; a style neither defines is dropped
/// from the text that names it, which then takes the default look. Nothing is touched when the new
/// document defines every style already, as with two DossierGen documents.
/// </summary>
internal static class StyleCarrier
{
    public static void CarryOver(MainDocumentPart oldMain, MainDocumentPart newMain, Body body, NumberingMap numbering)
    {
        var references = body.Descendants().Where(e => e is ParagraphStyleId or RunStyle or TableStyle).ToList();
        if (references.Count == 0)
        {
            return;
        }

        // The new styles are read without loading them: a loaded part is written anew when the redline is saved.
        var defined = newMain.StyleDefinitionsPart is { } stylesPart ? Ids(stylesPart) : new HashSet<string>(StringComparer.Ordinal);
        var missing = references.Select(Val).OfType<string>().Where(id => !defined.Contains(id)).ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0)
        {
            return;
        }

        var oldStyles = oldMain.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .DistinctBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(s => s.StyleId!.Value!, StringComparer.Ordinal) ?? [];
        var part = newMain.StyleDefinitionsPart ?? newMain.AddNewPart<StyleDefinitionsPart>();
        var newStyles = part.Styles ??= new Styles();

        var pending = new Queue<string>(missing.Where(oldStyles.ContainsKey));
        while (pending.TryDequeue(out var id))
        {
            if (!defined.Add(id))
            {
                continue;
            }

            var copy = (Style)oldStyles[id].CloneNode(true);
            MapNumbering(copy, numbering);
            newStyles.Append(copy);
            foreach (var related in new OpenXmlElement?[] { copy.BasedOn, copy.NextParagraphStyle, copy.LinkedStyle })
            {
                if (related is not null && Val(related) is { } other && !defined.Contains(other))
                {
                    if (oldStyles.ContainsKey(other))
                    {
                        pending.Enqueue(other);
                    }
                    else
                    {
                        related.Remove();
                    }
                }
            }
        }

        foreach (var reference in references.Where(r => Val(r) is not { } id || !defined.Contains(id)))
        {
            reference.Remove();
        }
    }

    /// <summary>The style id a reference (w:pStyle, w:rStyle, w:tblStyle, w:basedOn ...) names.</summary>
    private static string? Val(OpenXmlElement reference) =>
        reference.GetAttributes().FirstOrDefault(a => a.LocalName == "val" && a.NamespaceUri == Word.Xml.Wml.MainNamespace).Value;

    /// <summary>The ids of the styles a part defines, read from its XML (checked before, so it is well-formed and has no DTD).</summary>
    private static HashSet<string> Ids(StyleDefinitionsPart part)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, Depth: 1, LocalName: "style", NamespaceURI: Word.Xml.Wml.MainNamespace }
                && reader.GetAttribute("styleId", Word.Xml.Wml.MainNamespace) is { } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>A copied list style numbers through the new document's lists, or not at all.</summary>
    private static void MapNumbering(Style style, NumberingMap numbering)
    {
        foreach (var numberingId in style.Descendants<NumberingId>().ToList())
        {
            if (numberingId.Val?.Value is { } oldId && oldId != 0)
            {
                if (numbering.Map(oldId) is { } newId)
                {
                    numberingId.Val = newId;
                }
                else
                {
                    numberingId.Parent?.Remove();
                }
            }
        }
    }
}

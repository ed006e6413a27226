using System.Xml;

namespace DossierGen.Review.Reading;

/// <summary>
/// Reads one XML part of a package forward only, in constant memory: refuses a DTD (never
/// resolving anything), XML that is not well-formed (an undeclared prefix included), nesting
/// deeper than the bound and numbers DossierGen cannot read (<see cref="WordAttributeRules"/>),
/// and collects what the package check needs from relationship and content-type parts.
/// </summary>
internal static class XmlPartScanner
{
    public const string WordNamespace = Word.Xml.Wml.MainNamespace;
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypesNamespace = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CheckCharacters = true,
        CloseInput = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    public static XmlPartScan Scan(Stream content, string part, int maxDepth)
    {
        var scan = new XmlPartScan();
        try
        {
            using var reader = XmlReader.Create(content, Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.Depth > maxDepth)
                {
                    throw new UnreadablePartException(part, $"nests XML elements more than {maxDepth} deep (line {Line(reader)})");
                }

                Visit(reader, part, scan);
            }
        }
        catch (XmlException e)
        {
            throw new UnreadablePartException(part, e.Message.Contains("DTD", StringComparison.Ordinal)
                ? "declares a DTD; Word documents have none, and DossierGen refuses them so that no entity is ever expanded or fetched"
                : $"is not well-formed XML: {e.Message}");
        }

        if (scan.RootName.Length == 0)
        {
            throw new UnreadablePartException(part, "holds no XML element");
        }

        return scan;
    }

    private static void Visit(XmlReader reader, string part, XmlPartScan scan)
    {
        if (reader.Depth == 0)
        {
            scan.RootNamespace = reader.NamespaceURI;
            scan.RootName = reader.LocalName;
        }
        else if (reader.Depth == 1 && reader.NamespaceURI == WordNamespace)
        {
            scan.WordChildren.Add(reader.LocalName);
        }

        switch (reader.NamespaceURI)
        {
            case WordNamespace when reader.HasAttributes:
                CheckAttributes(reader, part);
                break;
            case RelationshipsNamespace when reader.Depth == 1 && reader.LocalName == "Relationship":
                scan.Relationships.Add(new PackageRelationship(
                    reader.GetAttribute("Id") ?? "",
                    reader.GetAttribute("Type") ?? "",
                    reader.GetAttribute("Target") ?? "",
                    reader.GetAttribute("TargetMode") ?? "Internal",
                    Line(reader)));
                break;
            case ContentTypesNamespace when reader.Depth == 1 && reader.LocalName == "Default":
                scan.Defaults[reader.GetAttribute("Extension") ?? ""] = reader.GetAttribute("ContentType") ?? "";
                break;
            case ContentTypesNamespace when reader.Depth == 1 && reader.LocalName == "Override":
                scan.Overrides[reader.GetAttribute("PartName") ?? ""] = reader.GetAttribute("ContentType") ?? "";
                break;
            default:
                break;
        }
    }

    private static void CheckAttributes(XmlReader reader, string part)
    {
        var element = reader.LocalName;
        while (reader.MoveToNextAttribute())
        {
            if (reader.NamespaceURI == WordNamespace && WordAttributeRules.Check(element, reader.LocalName, reader.Value) is { } problem)
            {
                throw new UnreadablePartException(part, $"{problem} (line {Line(reader)})");
            }
        }

        reader.MoveToElement();
    }

    private static int Line(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;
}

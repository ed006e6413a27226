using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace DossierGen.Review.Reading;

/// <summary>
/// The bytes of a Word document that passed <see cref="WordPackageCheck"/>, so the readers
/// (textconv, diff, redline) can take its parts and numbers as given.
/// </summary>
public sealed class CheckedDocx
{
    private readonly byte[] _bytes;

    private CheckedDocx(byte[] bytes) => _bytes = bytes;

    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Checks bytes that should be a Word document (DossierGen's own output, in tests).</summary>
    /// <exception cref="InvalidDataException">The bytes cannot be read as a Word document.</exception>
    public static CheckedDocx Of(byte[] docx) =>
        WordPackageCheck.Check(docx) is { } problem ? throw new InvalidDataException(problem.ToString()) : new CheckedDocx(docx);

    /// <returns>The checked document, or null with the problem.</returns>
    public static CheckedDocx? TryOf(byte[] docx, out WordDocumentProblem? problem)
    {
        problem = WordPackageCheck.Check(docx);
        return problem is null ? new CheckedDocx(docx) : null;
    }

    /// <summary>The bytes as a read-only stream, for <see cref="Open"/>.</summary>
    internal MemoryStream Stream() => new(_bytes, writable: false);

    /// <summary>The bytes in a stream that can grow, for <see cref="Open"/> on a document that will be changed.</summary>
    internal MemoryStream Copy()
    {
        var copy = new MemoryStream(_bytes.Length);
        copy.Write(_bytes);
        return copy;
    }

    /// <summary>
    /// Opens the document with the Open XML SDK and parses every part the readers use (main document,
    /// footnotes, numbering, styles, custom and core properties) right away, so whatever the SDK
    /// still objects to surfaces here, as <see cref="InvalidDataException"/> naming the part,
    /// rather than somewhere inside a reader.
    /// </summary>
    /// <param name="stream">From <see cref="Stream"/> (read-only) or <see cref="Copy"/> (editable).</param>
    internal static WordprocessingDocument Open(MemoryStream stream)
    {
        var part = "the package";
        WordprocessingDocument? document = null;
        try
        {
            document = WordprocessingDocument.Open(stream, stream.CanWrite);
            var main = document.MainDocumentPart!;
            part = main.Uri.OriginalString;
            Parse(main.Document);
            var dependents = stream.CanWrite
                ? new OpenXmlPart?[] { main.NumberingDefinitionsPart, document.CustomFilePropertiesPart }
                : [main.FootnotesPart, main.NumberingDefinitionsPart, main.StyleDefinitionsPart, document.CustomFilePropertiesPart];
            foreach (var dependent in dependents)
            {
                if (dependent is not null)
                {
                    part = dependent.Uri.OriginalString;
                    Parse(dependent.RootElement);
                }
            }

            part = "docProps/core.xml";
            _ = document.PackageProperties.Modified ?? document.PackageProperties.Created;
            return document;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidMCContentException or NamespaceNotUnderstandException or XmlException
            or InvalidDataException or FileFormatException or IOException or InvalidOperationException or ArgumentException or FormatException or OverflowException or NotSupportedException)
        {
            document?.Dispose();
            throw new InvalidDataException($"{part.TrimStart('/')}: {e.Message}", e);
        }
    }

    /// <summary>The SDK parses children lazily; walking them all makes it parse now.</summary>
    private static void Parse(OpenXmlElement? root)
    {
        if (root is not null)
        {
            foreach (var element in root.Descendants())
            {
                _ = element.LocalName;
            }
        }
    }
}

using System.IO.Compression;
using System.Text;

namespace DossierGen.Word;

/// <summary>
/// Writes a zip whose bytes depend only on its entries: fixed entry order (as given), fixed time
/// stamps (1980-01-01, the zip epoch), fixed compression level, UTF-8 without BOM.
/// </summary>
internal sealed class DeterministicZip : IDisposable
{
    private static readonly DateTimeOffset Epoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ZipArchive _archive;

    public DeterministicZip(Stream output) => _archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Utf8);

    public void Add(string name, string content) => Add(name, Utf8.GetBytes(content));

    public void Add(string name, byte[] content)
    {
        var entry = _archive.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = Epoch;
        using var stream = entry.Open();
        stream.Write(content);
    }

    /// <summary>Writes an Open XML part straight into its entry.</summary>
    public void Add(string name, DocumentFormat.OpenXml.OpenXmlElement root)
    {
        var entry = _archive.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = Epoch;
        using var stream = entry.Open();

        // Character checking is off because it doubled the time of writing a long section; text
        // reaches the tree only through RunFactory, which drops characters XML 1.0 forbids.
        using var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = Utf8, CheckCharacters = false });
        writer.WriteStartDocument(standalone: true);
        root.WriteTo(writer);
    }

    public void Dispose() => _archive.Dispose();
}

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

    /// <summary>Writes an Open XML SDK part (numbering) straight into its entry.</summary>
    public void Add(string name, DocumentFormat.OpenXml.OpenXmlElement root)
    {
        var entry = _archive.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = Epoch;
        using var stream = entry.Open();
        using var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = Utf8 });
        writer.WriteStartDocument(standalone: true);
        root.WriteTo(writer);
    }

    /// <summary>Writes a part DossierGen built as <see cref="Xml.WordElement"/>s, with the declaration the SDK writes.</summary>
    public void Add(string name, Xml.WordElement root)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>");
        root.WriteTo(xml);
        var entry = _archive.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = Epoch;
        using var stream = entry.Open();
        var encoder = Utf8.GetEncoder();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(8192));
        try
        {
            foreach (var chunk in xml.GetChunks())
            {
                // Chunks can be longer than the buffer holds, so each is encoded in slices.
                for (var rest = chunk.Span; !rest.IsEmpty;)
                {
                    var slice = rest[..Math.Min(rest.Length, 8192)];
                    var bytes = encoder.GetBytes(slice, buffer, flush: false);
                    stream.Write(buffer, 0, bytes);
                    rest = rest[slice.Length..];
                }
            }

            stream.Write(buffer, 0, encoder.GetBytes([], buffer, flush: true));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes text built in a <see cref="StringBuilder"/> as UTF-8 without making it one string
    /// first (a chart part is some 100 KB: as a string it would land on the large object heap), in
    /// one write as <see cref="Add(string, string)"/> makes it: the deflater's output depends on
    /// how its input is cut, and the bytes must stay what they were.
    /// </summary>
    public void Add(string name, StringBuilder text)
    {
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += Utf8.GetByteCount(chunk.Span);
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var written = 0;
            var encoder = Utf8.GetEncoder();
            foreach (var chunk in text.GetChunks())
            {
                written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
            }

            written += encoder.GetBytes([], buffer.AsSpan(written), flush: true);
            var entry = _archive.CreateEntry(name, CompressionLevel.Fastest);
            entry.LastWriteTime = Epoch;
            using var stream = entry.Open();
            stream.Write(buffer, 0, written);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public void Dispose() => _archive.Dispose();
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace DossierGen.Tests.Support;

/// <summary>
/// Writes zip files byte by byte, so a test can make the ones no zip library would: headers that
/// lie about sizes, deflate streams far larger than they look, tens of thousands of entries.
/// </summary>
internal static class RawZip
{
    private const ushort Stored = 0;
    private const ushort Deflated = 8;

    /// <param name="Name">The entry's name.</param>
    /// <param name="Data">The bytes stored in the archive (already compressed when <paramref name="Method"/> is deflate).</param>
    /// <param name="Method">0 stored, 8 deflate.</param>
    /// <param name="Crc">The CRC-32 the headers claim.</param>
    /// <param name="DeclaredSize">The uncompressed size the headers claim.</param>
    public sealed record Entry(string Name, byte[] Data, ushort Method, uint Crc, uint DeclaredSize);

    /// <summary>An honest deflated entry.</summary>
    public static Entry Deflate(string name, byte[] content) => new(name, DeflateBytes(content), Deflated, DossierGen.Review.Reading.Crc32.Of(content), (uint)content.Length);

    /// <summary>An honest stored entry.</summary>
    public static Entry Store(string name, byte[] content) => new(name, content, Stored, DossierGen.Review.Reading.Crc32.Of(content), (uint)content.Length);

    /// <summary>
    /// A deflated entry of <paramref name="head"/> followed by <paramref name="chunk"/> repeated
    /// <paramref name="times"/>, made without ever holding the whole: each is compressed once into
    /// byte-aligned blocks that are not final (a sync flush), the chunk's blocks are copied
    /// <paramref name="times"/> times, and an empty final block closes the stream. The headers say
    /// <paramref name="declaredSize"/> and a CRC of zero: no reader should get far enough to check either.
    /// </summary>
    public static Entry Repeated(string name, byte[] head, byte[] chunk, int times, uint declaredSize)
    {
        var chunkBlocks = Flushed(chunk);
        using var all = new MemoryStream();
        all.Write(Flushed(head));
        for (var i = 0; i < times; i++)
        {
            all.Write(chunkBlocks);
        }

        all.Write([0x03, 0x00]); // a final, empty block with fixed Huffman codes
        return new Entry(name, all.ToArray(), Deflated, 0, declaredSize);
    }

    /// <summary>Deflate blocks for <paramref name="content"/> alone, none of them final; back-references stay inside it.</summary>
    private static byte[] Flushed(byte[] content)
    {
        using var output = new MemoryStream();
        using var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        deflate.Write(content);
        deflate.Flush();
        return output.ToArray();
    }

    public static byte[] Write(IEnumerable<Entry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var output = new MemoryStream();
        var central = new MemoryStream();
        var count = 0;
        foreach (var entry in entries)
        {
            var name = Encoding.UTF8.GetBytes(entry.Name);
            var offset = (uint)output.Position;
            Header(output, 0x04034b50, entry, name, central: false, offset);
            output.Write(entry.Data);
            Header(central, 0x02014b50, entry, name, central: true, offset);
            count++;
        }

        var directoryOffset = (uint)output.Position;
        central.Position = 0;
        central.CopyTo(output);
        Span<byte> end = stackalloc byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)Math.Min(count, ushort.MaxValue));
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)Math.Min(count, ushort.MaxValue));
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], directoryOffset);
        output.Write(end);
        central.Dispose();
        return output.ToArray();
    }

    private static void Header(Stream stream, uint signature, Entry entry, byte[] name, bool central, uint offset)
    {
        Span<byte> header = stackalloc byte[central ? 46 : 30];
        header.Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(header, signature);
        var at = 4;
        if (central)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(header[at..], 20); // made by
            at += 2;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(header[at..], 20); // needed to extract
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 2)..], 0x0800); // UTF-8 names
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 4)..], entry.Method);
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 6)..], 0); // time
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 8)..], 0x21); // date: 1980-01-01
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 10)..], entry.Crc);
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 14)..], (uint)entry.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[(at + 18)..], entry.DeclaredSize);
        BinaryPrimitives.WriteUInt16LittleEndian(header[(at + 22)..], (ushort)name.Length);
        if (central)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], offset);
        }

        stream.Write(header);
        stream.Write(name);
    }

    private static byte[] DeflateBytes(byte[] content)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content);
        }

        return output.ToArray();
    }
}

namespace DossierGen.Review.Reading;

/// <summary>
/// The zip format's CRC-32 (IEEE 802.3, reflected), eight bytes a step (slicing-by-8).
/// System.IO.Compression does not check it when reading, so a flipped bit inside a stored or
/// deflated entry would otherwise go unnoticed.
/// </summary>
internal static class Crc32
{
    private static readonly uint[][] Tables = Build();

    public const uint Initial = 0xFFFFFFFF;

    /// <summary>Continues a running CRC (start from <see cref="Initial"/>, finish with <see cref="Finish"/>).</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var (t0, t1, t2, t3, t4, t5, t6, t7) = (Tables[0], Tables[1], Tables[2], Tables[3], Tables[4], Tables[5], Tables[6], Tables[7]);
        while (data.Length >= 8)
        {
            var low = crc ^ System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data);
            var high = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = t7[low & 0xFF] ^ t6[(low >> 8) & 0xFF] ^ t5[(low >> 16) & 0xFF] ^ t4[low >> 24]
                ^ t3[high & 0xFF] ^ t2[(high >> 8) & 0xFF] ^ t1[(high >> 16) & 0xFF] ^ t0[high >> 24];
            data = data[8..];
        }

        foreach (var b in data)
        {
            crc = t0[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    public static uint Finish(uint crc) => ~crc;

    public static uint Of(ReadOnlySpan<byte> data) => Finish(Append(Initial, data));

    private static uint[][] Build()
    {
        var tables = new uint[8][];
        tables[0] = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }

            tables[0][n] = c;
        }

        for (var t = 1; t < 8; t++)
        {
            tables[t] = new uint[256];
            for (var n = 0; n < 256; n++)
            {
                tables[t][n] = (tables[t - 1][n] >> 8) ^ tables[0][tables[t - 1][n] & 0xFF];
            }
        }

        return tables;
    }
}

namespace DossierGen.Review.Reading;

/// <summary>
/// Reads one zip entry while counting what it really decompresses to, against the part and
/// package bounds, and checks its CRC-32 at the end. The sizes in the zip headers are never
/// trusted: a bomb can say 1 KB and inflate to gigabytes.
/// </summary>
internal sealed class MeasuredEntryStream(Stream inner, string part, uint expectedCrc, WordInputLimits limits, PackageBudget budget) : Stream
{
    private uint _crc = Crc32.Initial;
    private long _read;
    private bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_ended)
        {
            return 0;
        }

        int read;
        try
        {
            read = inner.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw new UnreadablePartException(part, $"its compressed data is damaged ({e.Message})");
        }

        if (read == 0)
        {
            _ended = true;
            if (Crc32.Finish(_crc) != expectedCrc)
            {
                throw new UnreadablePartException(part, "is damaged: its content does not match its checksum");
            }

            return 0;
        }

        _read += read;
        if (_read > limits.PartBytes)
        {
            throw new UnreadablePartException(part, $"decompresses to more than {Mib(limits.PartBytes)}, more than DossierGen reads from one part");
        }

        budget.Spend(part, read);
        _crc = Crc32.Append(_crc, buffer[..read]);
        return read;
    }

    /// <summary>Reads to the end, so the size and checksum are checked even where the XML reader stopped early.</summary>
    public void Drain()
    {
        Span<byte> buffer = stackalloc byte[8192];
        while (Read(buffer) > 0)
        {
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    internal static string Mib(long bytes) => $"{bytes >> 20} MiB";
}

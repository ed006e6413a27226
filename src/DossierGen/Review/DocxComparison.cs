using System.IO.Compression;

namespace DossierGen.Review;

/// <summary>
/// Whether a committed Word document holds the same parts as a generated one: the same entry names
/// with the same decompressed bytes, whatever the compression level, entry order or time stamps.
/// A runtime whose deflate differs writes other bytes for the same document; only content counts.
/// Nothing more is read than the generated document holds, so a hostile committed file (a zip
/// bomb, a FIFO) is simply different.
/// </summary>
internal static class DocxComparison
{
    /// <returns>The committed file's bytes when its parts are the generated ones; null when anything differs or it cannot be read.</returns>
    public static byte[]? SameParts(byte[] generated, string committedPath)
    {
        using var expected = new ZipArchive(new MemoryStream(generated, writable: false), ZipArchiveMode.Read);
        var entries = expected.Entries;

        // Headers add well under a kilobyte an entry, so a larger file cannot hold the same parts;
        // a FIFO or device has no length and is never opened.
        var length = new FileInfo(committedPath).Length;
        if (length == 0 || length > (2 * entries.Sum(e => e.Length)) + (entries.Count * 1024L) + (1 << 20))
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(committedPath);
            using var committed = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (committed.Entries.Count != entries.Count)
            {
                return null;
            }

            var byName = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
            foreach (var entry in committed.Entries)
            {
                if (!byName.TryAdd(entry.FullName, entry))
                {
                    return null;
                }
            }

            return entries.All(e => byName.TryGetValue(e.FullName, out var other) && other.Length == e.Length && Content(e).AsSpan().SequenceEqual(Content(other)))
                ? bytes
                : null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>An entry's decompressed bytes, never more than its header says (the generated twin's length, checked before).</summary>
    private static byte[] Content(ZipArchiveEntry entry)
    {
        var content = new byte[entry.Length];
        using var stream = entry.Open();
        var read = stream.ReadAtLeast(content, content.Length, throwOnEndOfStream: false);
        return read == content.Length && stream.ReadByte() < 0 ? content : [];
    }
}

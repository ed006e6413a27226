using DossierGen.Diagnostics;
using DossierGen.FileSystem;

namespace DossierGen.Inputs;

/// <summary>Reads a user's file only when it is a regular file, and never more of it than its kind allows.</summary>
public static class InputFile
{
    /// <summary>
    /// The file's bytes, read only when it is a regular file (a FIFO would block, /dev/zero never
    /// ends) and never more than <paramref name="maxBytes"/>, even if it grows while being read.
    /// </summary>
    public static byte[]? ReadBytes(string path, long maxBytes, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var at = referencedFrom ?? SourceLocation.StartOf(path);
        try
        {
            var kind = FileEntry.KindOf(path);
            if (kind != EntryKind.RegularFile)
            {
                diagnostics.Error(DiagnosticCodes.FileNotFound, at, kind == EntryKind.Missing
                    ? $"file '{path}' does not exist"
                    : $"'{path}' is not a regular file (it is {FileEntry.Describe(kind)}); DossierGen reads only regular files");
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = stream.Length;
            using var content = new MemoryStream((int)Math.Min(length, maxBytes));
            var chunk = new byte[81920];
            int count;
            while (length <= maxBytes && (count = stream.Read(chunk)) > 0)
            {
                length = Math.Max(length, content.Length + count);
                content.Write(chunk, 0, count);
            }

            if (length > maxBytes)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, SourceLocation.StartOf(path), $"the file is {length:N0} bytes; DossierGen reads files of at most {maxBytes:N0} bytes");
                return null;
            }

            return content.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, at, $"file '{path}' cannot be read: {e.Message}");
            return null;
        }
    }
}

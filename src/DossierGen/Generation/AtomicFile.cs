using DossierGen.Diagnostics;
using DossierGen.FileSystem;

namespace DossierGen.Generation;

/// <summary>
/// Writes one output file so that a reader sees the old content or the new, never a half-written
/// file: the bytes go to a hidden file in the same folder (same volume, so the move is a rename)
/// which then replaces the target. Outputs are only ever regular files: a path that names a
/// symbolic link, a folder or a device, FIFO or socket is refused (DG3015), so that no output
/// option writes through a link or replaces /dev/null; an I/O error is DG3007. Both are located at
/// the path; nothing is thrown.
/// </summary>
public static class AtomicFile
{
    public static bool Write(string path, ReadOnlySpan<byte> content, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!CanWrite(path, diagnostics))
        {
            return false;
        }

        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.tmp-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(directory);

            // A leftover (or planted) file or link by the temporary name is removed, never followed:
            // CreateNew fails rather than open anything that is already there.
            File.Delete(temporary);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputNotWritable, SourceLocation.StartOf(path), $"cannot write '{path}': {e.Message}");
            TryDelete(temporary);
            return false;
        }
    }

    /// <summary>Whether <paramref name="path"/> is absent or a regular file, so that writing it replaces nothing else; a DG3015 diagnostic otherwise.</summary>
    public static bool CanWrite(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var what = FileEntry.LinkKindOf(path) switch
        {
            EntryKind.SymbolicLink => "a symbolic link",
            EntryKind.Directory => "a folder",
            EntryKind.Pipe or EntryKind.Device or EntryKind.Socket or EntryKind.Other => "a device, FIFO or socket",
            _ => null,
        };
        if (what is not null)
        {
            diagnostics.Error(DiagnosticCodes.OutputNotARegularFile, SourceLocation.StartOf(path), $"'{path}' is {what}, not a regular file; DossierGen writes outputs only as regular files, never through a link or over a device: give another path");
            return false;
        }

        // The nearest part of the path that exists must be a folder to create the rest in.
        for (var folder = Path.GetDirectoryName(Path.GetFullPath(path)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.Exists(folder))
            {
                return true;
            }

            if (File.Exists(folder))
            {
                diagnostics.Error(DiagnosticCodes.OutputNotWritable, SourceLocation.StartOf(path), $"cannot write '{path}': '{folder}' is a file, not a folder");
                return false;
            }
        }

        return true;
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is hidden, and removed by the next write of the same output.
        }
    }
}

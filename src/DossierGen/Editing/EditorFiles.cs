using System.Security.Cryptography;
using System.Text;
using DossierGen.Diagnostics;
using DossierGen.FileSystem;
using DossierGen.Generation;
using DossierGen.Inputs;
using DossierGen.Yaml;

namespace DossierGen.Editing;

/// <summary>
/// Opens and saves the files the workbench edits. A save writes atomically (the old bytes or the new,
/// never half) and only when the file on disk still has the bytes it was opened with: otherwise it
/// reports a conflict (DG1701) and writes nothing. Which paths may be opened at all is the web host's
/// check (inside the served folder); this class checks only what the file is.
/// </summary>
public static class EditorFiles
{
    /// <summary>The hash of a file that did not exist when it was opened: saving it must not replace one that appeared since.</summary>
    public const string Absent = "absent";

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The file's text and hash; a missing file opens empty (a new file), anything else unreadable gives null with diagnostics.</summary>
    public static OpenedFile? Open(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (FileEntry.LinkKindOf(path) == EntryKind.Missing)
        {
            return new OpenedFile(path, "", Absent, HasByteOrderMark: false);
        }

        var bytes = InputFile.ReadBytes(path, YamlLimits.Default.MaxBytes, diagnostics);
        var text = bytes is null ? null : TextFileReader.Decode(path, bytes, diagnostics, allowEmpty: true);
        return text is null ? null : new OpenedFile(path, text, HashOf(bytes), bytes.AsSpan().StartsWith(ByteOrderMark));
    }

    /// <summary>
    /// Writes <paramref name="text"/> when the file still has the bytes hashed <paramref name="openedHash"/>.
    /// The check and the rename are not one atomic step; the window between them is a few microseconds
    /// of one local user's machine, where the check exists to catch an editor left open for an hour.
    /// </summary>
    public static SaveResult Save(string path, string openedHash, string text, bool byteOrderMark = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag();
        var current = CurrentHash(path, diagnostics);
        if (diagnostics.HasErrors)
        {
            return new SaveResult(SaveOutcome.Failed, null, diagnostics.Sorted());
        }

        if (current != openedHash)
        {
            diagnostics.Error(DiagnosticCodes.EditorConflict, SourceLocation.StartOf(path), current == Absent
                ? "the file was deleted since it was opened; nothing was saved: reload, or save it under its name again"
                : openedHash == Absent
                    ? "a file of this name was created since the editor opened it as new; nothing was saved: reload to see it"
                    : "the file changed on disk since it was opened (another editor or a git checkout); nothing was saved: reload it and make the edit again");
            return new SaveResult(SaveOutcome.Conflict, current == Absent ? null : current, diagnostics.Sorted());
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        if (byteOrderMark)
        {
            bytes = [.. ByteOrderMark, .. bytes];
        }

        return AtomicFile.Write(path, bytes, diagnostics)
            ? new SaveResult(SaveOutcome.Saved, HashOf(bytes), diagnostics.Sorted())
            : new SaveResult(SaveOutcome.Failed, null, diagnostics.Sorted());
    }

    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The hash of what is on disk now, <see cref="Absent"/> when there is no file, null when it cannot be read.</summary>
    private static string? CurrentHash(string path, DiagnosticBag diagnostics)
    {
        if (FileEntry.LinkKindOf(path) == EntryKind.Missing)
        {
            return Absent;
        }

        var bytes = InputFile.ReadBytes(path, YamlLimits.Default.MaxBytes, diagnostics);
        return bytes is null ? null : HashOf(bytes);
    }
}

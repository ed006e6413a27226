namespace DossierGen.Inputs;

/// <summary>
/// Tells what a path names without opening it: opening a FIFO blocks until someone writes to it and
/// /dev/zero never ends, so every input is checked to be a regular file first. Symbolic links are
/// followed, so a link to a regular file is one.
/// </summary>
public static class FileEntry
{
    public static EntryKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            return EntryKind.Directory;
        }

        if (!File.Exists(path))
        {
            return EntryKind.Missing;
        }

        return OperatingSystem.IsWindows() ? EntryKind.RegularFile : NativeFileStatus.KindOf(path);
    }

    /// <summary>The kind as a phrase for a diagnostic: "a folder", "a named pipe" ...</summary>
    public static string Describe(EntryKind kind) => kind switch
    {
        EntryKind.Directory => "a folder",
        EntryKind.Pipe => "a named pipe",
        EntryKind.Device => "a device",
        EntryKind.Socket => "a socket",
        EntryKind.Missing => "missing",
        EntryKind.RegularFile => "a regular file",
        _ => "a special file",
    };
}

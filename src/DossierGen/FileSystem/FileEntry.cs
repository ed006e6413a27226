namespace DossierGen.FileSystem;

/// <summary>
/// Tells what a path names without opening it. Opening a FIFO blocks until someone writes to it and
/// /dev/zero never ends, so every input is checked to be a regular file first (<see cref="KindOf"/>,
/// which follows symbolic links); an output is never written through a link or over a device, so the
/// writer asks about the last part of the path itself (<see cref="LinkKindOf"/>, as lstat does).
/// </summary>
public static class FileEntry
{
    public static EntryKind KindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return NativeStatus.KindOf(path, followLinks: true) ?? AttributeKind(path, followLinks: true);
    }

    public static EntryKind LinkKindOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return NativeStatus.KindOf(path, followLinks: false) ?? AttributeKind(path, followLinks: false);
    }

    /// <summary>The kind as a phrase for a diagnostic: "a folder", "a named pipe" ...</summary>
    public static string Describe(EntryKind kind) => kind switch
    {
        EntryKind.Directory => "a folder",
        EntryKind.SymbolicLink => "a symbolic link",
        EntryKind.Pipe => "a named pipe",
        EntryKind.Device => "a device",
        EntryKind.Socket => "a socket",
        EntryKind.Missing => "missing",
        EntryKind.RegularFile => "a regular file",
        _ => "a special file",
    };

    /// <summary>Where System.Native is missing: links and folders are still told apart, special files are not.</summary>
    private static EntryKind AttributeKind(string path, bool followLinks)
    {
        var info = new FileInfo(path);
        var attributes = (int)info.Attributes;
        if (attributes == -1)
        {
            return !followLinks && info.LinkTarget is not null ? EntryKind.SymbolicLink : EntryKind.Missing;
        }

        var flags = (FileAttributes)attributes;
        if (!followLinks && flags.HasFlag(FileAttributes.ReparsePoint))
        {
            return EntryKind.SymbolicLink;
        }

        if (followLinks && flags.HasFlag(FileAttributes.ReparsePoint))
        {
            return Directory.Exists(path) ? EntryKind.Directory : File.Exists(path) ? EntryKind.RegularFile : EntryKind.Missing;
        }

        return flags.HasFlag(FileAttributes.Directory) ? EntryKind.Directory
            : flags.HasFlag(FileAttributes.Device) ? EntryKind.Device
            : EntryKind.RegularFile;
    }
}

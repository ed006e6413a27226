namespace DossierGen.FileSystem;

/// <summary>What a path names in the file system, as far as DossierGen cares before opening or replacing it.</summary>
public enum EntryKind
{
    Missing,
    RegularFile,
    Directory,

    /// <summary>Only when asked about the link itself (<see cref="FileEntry.LinkKindOf"/>); otherwise links are followed.</summary>
    SymbolicLink,

    /// <summary>A named pipe (FIFO): opening it blocks until a writer comes.</summary>
    Pipe,

    /// <summary>A character or block device such as /dev/zero, which never ends.</summary>
    Device,
    Socket,
    Other,
}

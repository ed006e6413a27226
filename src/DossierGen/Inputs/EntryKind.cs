namespace DossierGen.Inputs;

/// <summary>What a path names in the file system, as far as DossierGen cares before opening it.</summary>
public enum EntryKind
{
    Missing,
    RegularFile,
    Directory,

    /// <summary>A named pipe (FIFO): opening it blocks until a writer comes.</summary>
    Pipe,

    /// <summary>A character or block device such as /dev/zero, which never ends.</summary>
    Device,
    Socket,
    Other,
}

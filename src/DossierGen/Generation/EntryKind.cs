namespace DossierGen.Generation;

/// <summary>What a path names, without following a symbolic link in its last part.</summary>
public enum EntryKind
{
    Missing,
    RegularFile,
    Directory,
    SymbolicLink,

    /// <summary>A device, FIFO or socket: never something DossierGen writes or replaces.</summary>
    Other,
}

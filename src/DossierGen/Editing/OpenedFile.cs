namespace DossierGen.Editing;

/// <summary>
/// A file as the editor opened it: its text and the hash of its bytes, which a save must still
/// find on disk, so an edit made elsewhere meanwhile is never overwritten unseen.
/// </summary>
/// <param name="Hash">SHA-256 of the file's bytes in lower-case hex; <see cref="EditorFiles.Absent"/> for a file that did not exist yet.</param>
/// <param name="HasByteOrderMark">The file began with a UTF-8 byte-order mark, which a save keeps.</param>
public sealed record OpenedFile(string Path, string Text, string Hash, bool HasByteOrderMark);

namespace DossierGen.Editing;

/// <param name="ColonEnd">The text index just after the key's ':', where a replaced value starts.</param>
public sealed record SourceEntry(SourceNode Key, SourceNode Value, int ColonEnd);

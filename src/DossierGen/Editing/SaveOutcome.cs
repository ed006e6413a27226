namespace DossierGen.Editing;

public enum SaveOutcome
{
    Saved,

    /// <summary>The file changed (or appeared, or vanished) on disk since it was opened: nothing was written.</summary>
    Conflict,

    /// <summary>The file could not be written (a link, a folder, an I/O error): nothing was written.</summary>
    Failed,
}

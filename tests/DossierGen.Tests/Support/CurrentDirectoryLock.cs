namespace DossierGen.Tests.Support;

/// <summary>The current directory is process-wide; tests that change it take turns.</summary>
internal static class CurrentDirectoryLock
{
    public static readonly object Gate = new();
}

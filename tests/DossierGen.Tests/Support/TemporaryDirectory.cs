namespace DossierGen.Tests.Support;

/// <summary>A scratch folder deleted when the test ends.</summary>
internal sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dossiergen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    /// <summary>Every file below the folder with its size and content hash, to prove a command wrote nothing.</summary>
    public IReadOnlyList<string> Snapshot() => FolderSnapshot.Of(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover scratch folder in the temp directory is harmless.
        }
    }
}

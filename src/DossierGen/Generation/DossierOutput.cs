namespace DossierGen.Generation;

/// <summary>A generated dossier and where it goes: <see cref="Folder"/> = OutputDirectory/ChangeId.</summary>
/// <param name="Files">The dossier's files, their paths starting with the change id.</param>
public sealed record DossierOutput(string OutputDirectory, string ChangeId, IReadOnlyList<GeneratedFile> Files)
{
    public string Folder => Path.Combine(OutputDirectory, ChangeId);
}

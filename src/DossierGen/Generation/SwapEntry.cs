namespace DossierGen.Generation;

/// <summary>One dossier folder in a swap: OUT/&lt;change-id&gt; and its staging and set-aside folders beside it.</summary>
/// <param name="ReplacesOld">Whether a folder was there to set aside when the swap began.</param>
/// <param name="ManifestSha256">The new dossier's manifest.json hash, to tell the swap's own folder from any later one.</param>
public sealed record SwapEntry(string Directory, string ChangeId, bool ReplacesOld, string ManifestSha256)
{
    public string Folder => Path.Combine(Directory, ChangeId);

    public string Staging(RunOwner owner) => SwapNames.Staging(Directory, ChangeId, owner);

    public string Previous(RunOwner owner) => SwapNames.Previous(Directory, ChangeId, owner);
}

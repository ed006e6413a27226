using DossierGen.Pipeline;

namespace DossierGen.Impact;

/// <summary>
/// The master-file ids a portfolio knows: those its programmes reference (by id or by path) and
/// those filed under the master-files folders of the rules they use, so that an id on the command
/// line that names none of them is refused with the nearest one instead of answered "0 programmes".
/// </summary>
public sealed class KnownMasterFiles
{
    private readonly SortedSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Ids => _ids;

    public bool Contains(string id) => _ids.Contains(id);

    public void Add(LoadedChange programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        _ids.UnionWith(programme.Description.MasterFiles.Select(m => m.File.Id));
        AddFolder(programme.Workspace.MasterFilesDirectory);
    }

    /// <summary>The ids of a master-files folder: a master file there is named after its id.</summary>
    public void AddFolder(string directory)
    {
        if (_folders.Add(Path.GetFullPath(directory)) && Directory.Exists(directory))
        {
            _ids.UnionWith(Directory.EnumerateFiles(directory, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>());
        }
    }
}

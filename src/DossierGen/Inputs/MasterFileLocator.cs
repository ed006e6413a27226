using DossierGen.Diagnostics;
using DossierGen.FileSystem;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>
/// Finds the master file a change references: a relative path (it has a slash or a .yaml ending)
/// from the change file's folder, otherwise an id looked up as <c>&lt;id&gt;.yaml</c> in the master-file folders.
/// </summary>
internal static class MasterFileLocator
{
    public static MasterFile? Locate(YamlScalar reference, string changePath, InputSources sources, DiagnosticBag diagnostics)
    {
        var value = reference.Value;
        var isPath = value.Contains('/', StringComparison.Ordinal) || value.Contains('\\', StringComparison.Ordinal)
            || value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
        if (isPath)
        {
            var path = ReferencedPath.ResolveExisting(reference, changePath, sources, "master file", DiagnosticCodes.MasterFileNotFound, diagnostics);
            return path is null ? null : MasterFileReader.ReadFile(path, diagnostics, reference.Location);
        }

        if (!Ids.IsValid(value))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId, reference.Location, $"'ref' must be a master-file id (1-64 characters of A-Z a-z 0-9 . _ -) or a relative path ending in .yaml; found '{value}'");
            return null;
        }

        foreach (var directory in sources.MasterFileDirectories)
        {
            var candidate = Path.Combine(directory, value + ".yaml");
            if (FileEntry.KindOf(candidate) != EntryKind.Missing)
            {
                var file = MasterFileReader.ReadFile(candidate, diagnostics, reference.Location);
                if (file is not null && file.Id != value)
                {
                    diagnostics.Error(DiagnosticCodes.MasterFileIdMismatch, reference.Location, $"'{candidate}' declares id '{file.Id}', not '{value}'; a master file under rules/master-files/ is named after its id");
                    return null;
                }

                return file;
            }
        }

        var known = sources.MasterFileDirectories.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml"))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();
        var where = sources.MasterFileDirectories.Count == 0 ? "no master-file folder is configured" : "looked in " + string.Join(", ", sources.MasterFileDirectories);
        diagnostics.Error(DiagnosticCodes.MasterFileNotFound, reference.Location, $"no master file with id '{value}' ({where}){NearMiss.Hint(value, known)}");
        return null;
    }
}

using DossierGen.Diagnostics;

namespace DossierGen.Generation;

/// <summary>
/// Writes a generated dossier so that no reader ever sees half of it: every file goes into a
/// staging folder beside the target, and the staging folder replaces the change's folder with
/// renames only. An interrupted run leaves either the old folder or the new one, plus at worst a
/// staging folder, never a half-written document or a manifest that lies.
/// </summary>
public static class OutputWriter
{
    /// <summary>Writes every dossier, after checking that each folder it replaces is one DossierGen wrote (none is written otherwise).</summary>
    /// <param name="inputs">Every file and folder the run reads, which no dossier folder may hold.</param>
    public static bool Write(IReadOnlyList<DossierOutput> dossiers, IEnumerable<string> inputs, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        var read = inputs.ToList();
        var replaceable = dossiers.Select(d => DossierFolderGuard.MayReplace(d.Folder, d.ChangeId, read, diagnostics)).ToList();
        return replaceable.All(ok => ok) && dossiers.All(d => Write(d.OutputDirectory, d.ChangeId, d.Files, diagnostics));
    }

    private static bool Write(string outputDirectory, string changeId, IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics)
    {
        var target = Path.Combine(outputDirectory, changeId);
        var staging = Path.Combine(outputDirectory, $".{changeId}.staging-{Environment.ProcessId}");
        var previous = Path.Combine(outputDirectory, $".{changeId}.previous-{Environment.ProcessId}");
        try
        {
            Directory.CreateDirectory(outputDirectory);
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.RelativePath[(changeId.Length + 1)..]);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            if (Directory.Exists(target))
            {
                Directory.Move(target, previous);
            }

            Directory.Move(staging, target);
            if (Directory.Exists(previous))
            {
                Directory.Delete(previous, recursive: true);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputNotWritable, SourceLocation.StartOf(outputDirectory), $"cannot write the dossier for {changeId}: {e.Message}");
            TryDelete(staging);
            if (!Directory.Exists(target) && Directory.Exists(previous))
            {
                Directory.Move(previous, target);
            }

            return false;
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover staging folder is harmless: it is hidden and replaced on the next run.
        }
    }
}

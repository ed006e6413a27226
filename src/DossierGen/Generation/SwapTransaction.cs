using DossierGen.Diagnostics;
using DossierGen.FileSystem;

namespace DossierGen.Generation;

/// <summary>
/// Replaces several dossier folders as one: every dossier is written to its staging folder first
/// (a failure there removes the staging folders and leaves every old folder as it was), then a
/// journal records the swap, the folders are swapped by renames, and deleting the journal commits.
/// A run killed at any step leaves either a journal, from which the next run undoes the swap, or
/// a committed swap whose leftovers the next run removes: all old dossiers or all new ones.
/// </summary>
internal sealed class SwapTransaction(IReadOnlyList<DossierOutput> dossiers, RunOwner owner, int sequence, Action<string>? step)
{
    public bool Run(DiagnosticBag diagnostics)
    {
        foreach (var dossier in dossiers)
        {
            try
            {
                Stage(dossier);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.OutputNotWritable, SourceLocation.StartOf(dossier.OutputDirectory), $"cannot write the dossier for {dossier.ChangeId}: {e.Message}; no dossier folder was replaced");
                RemoveStaging();
                return false;
            }
        }

        var entries = dossiers.Select(d => new SwapEntry(Path.GetFullPath(d.OutputDirectory), d.ChangeId, FileEntry.LinkKindOf(Path.GetFullPath(d.Folder)) == EntryKind.Directory, FolderSwap.ManifestSha256(d))).ToList();
        var directories = entries.Select(e => e.Directory).Distinct(StringComparer.Ordinal).ToList();
        var main = SwapNames.Journal(directories[0], owner, sequence);
        var pointers = directories.Skip(1).Select(d => SwapNames.Journal(d, owner, sequence)).ToList();
        try
        {
            foreach (var pointer in pointers)
            {
                new SwapJournal(owner, main, entries).WriteTo(pointer);
            }

            new SwapJournal(owner, null, entries).WriteTo(main);
            Step("journal");
            foreach (var entry in entries)
            {
                if (entry.ReplacesOld)
                {
                    Directory.Move(entry.Folder, entry.Previous(owner));
                    Step("aside:" + entry.ChangeId);
                }

                Directory.Move(entry.Staging(owner), entry.Folder);
                Step("in:" + entry.ChangeId);
            }

            File.Delete(main);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputNotWritable, SourceLocation.StartOf(dossiers[0].OutputDirectory), $"cannot replace the dossier folders: {e.Message}; every dossier folder is left as it was");
            Undo(entries, main, pointers, diagnostics);
            return false;
        }

        Step("committed");
        try
        {
            foreach (var pointer in pointers)
            {
                File.Delete(pointer);
            }

            foreach (var entry in entries)
            {
                FolderSwap.DeleteTree(entry.Previous(owner));
                Step("cleaned:" + entry.ChangeId);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The new dossiers are in place; a set-aside folder or pointer that could not be
            // deleted is a dead run's leftover to the next run, which removes it.
        }

        return true;
    }

    private void Stage(DossierOutput dossier)
    {
        var staging = Path.GetFullPath(SwapNames.Staging(dossier.OutputDirectory, dossier.ChangeId, owner));
        Directory.CreateDirectory(dossier.OutputDirectory);
        FolderSwap.DeleteTree(staging);
        Directory.CreateDirectory(staging);
        var prefix = dossier.ChangeId.Length + 1;
        foreach (var file in dossier.Files)
        {
            var path = Path.GetFullPath(Path.Combine(staging, file.RelativePath[prefix..]));
            if (!DossierFolderGuard.IsSameOrInside(path, staging) || path.Length == staging.Length)
            {
                throw new IOException($"'{file.RelativePath}' would lie outside the dossier folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
            if (ReferenceEquals(file, dossier.Files[0]))
            {
                Step("staging:" + dossier.ChangeId);
            }
        }

        Step("staged:" + dossier.ChangeId);
    }

    private void RemoveStaging()
    {
        foreach (var dossier in dossiers)
        {
            try
            {
                FolderSwap.DeleteTree(SwapNames.Staging(dossier.OutputDirectory, dossier.ChangeId, owner));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A staging folder left behind is a dead run's leftover to the next run, which removes it.
            }
        }
    }

    private void Undo(List<SwapEntry> entries, string main, List<string> pointers, DiagnosticBag diagnostics)
    {
        try
        {
            foreach (var entry in Enumerable.Reverse(entries))
            {
                FolderSwap.Undo(entry, owner);
            }

            // A journal that could not be written to the end (a full disk) leaves its temporary file.
            foreach (var journal in pointers.Prepend(main))
            {
                File.Delete(SwapJournal.TemporaryPath(journal));
            }

            File.Delete(main);
            foreach (var pointer in pointers)
            {
                File.Delete(pointer);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.SwapInterrupted, SourceLocation.StartOf(main), $"cannot undo the swap: {e.Message}; the next generate or batch writing here undoes it from this journal");
        }
    }

    private void Step(string name) => step?.Invoke(name);
}

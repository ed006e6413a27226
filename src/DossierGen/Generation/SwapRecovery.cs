using DossierGen.Diagnostics;
using DossierGen.FileSystem;

namespace DossierGen.Generation;

/// <summary>
/// Puts an output folder back in order after a run that died there (kill -9, out of memory, a CI
/// timeout): a swap it left unfinished is undone, so every dossier folder is the complete old one,
/// and its staging and set-aside folders are removed. Only what belongs to dead runs is touched; a
/// live run's folders and journal are left alone.
/// </summary>
public static class SwapRecovery
{
    /// <returns>False, with a DG3014 diagnostic, when the folder could not be put in order; nothing may then be written there.</returns>
    public static bool Recover(string outputDirectory, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var directory = Path.GetFullPath(outputDirectory);
        if (FileEntry.LinkKindOf(directory) != EntryKind.Directory)
        {
            return true;
        }

        try
        {
            foreach (var name in HiddenNames(directory))
            {
                if (SwapNames.ParseJournal(name) is { Owner: var owner, Temporary: var temporary } && !owner.IsAlive())
                {
                    var path = Path.Combine(directory, name);
                    if (temporary)
                    {
                        File.Delete(path);
                    }
                    else if (!RecoverJournal(path))
                    {
                        diagnostics.Error(DiagnosticCodes.SwapInterrupted, SourceLocation.StartOf(path), "this swap journal of an interrupted run cannot be read, so its swap cannot be undone; check the dossier folders beside it, then delete the journal");
                        return false;
                    }
                }
            }

            // What no journal covers: a staging folder never swapped in, or a folder set aside by a
            // run that committed (or by a DossierGen before journals) and died before deleting it.
            foreach (var name in HiddenNames(directory))
            {
                if (SwapNames.ParseFolder(name) is { } leftover && !leftover.Owner.IsAlive())
                {
                    var path = Path.Combine(directory, name);
                    var folder = Path.Combine(directory, leftover.ChangeId);
                    if (leftover.Kind == SwapNames.PreviousKind && FileEntry.LinkKindOf(folder) == EntryKind.Missing)
                    {
                        Directory.Move(path, folder);
                    }
                    else
                    {
                        FolderSwap.DeleteTree(path);
                    }
                }
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.SwapInterrupted, SourceLocation.StartOf(outputDirectory), $"an interrupted run left dossier folders here half swapped, and they cannot be put back: {e.Message}; nothing was written");
            return false;
        }
    }

    /// <summary>The journal of a swap that is unfinished in the folder (running, or interrupted and not yet recovered), or null.</summary>
    public static string? UnfinishedSwap(string outputDirectory) =>
        FileEntry.LinkKindOf(outputDirectory) != EntryKind.Directory
            ? null
            : HiddenNames(outputDirectory).Where(n => SwapNames.ParseJournal(n) is { Temporary: false }).Order(StringComparer.Ordinal).Select(n => Path.Combine(outputDirectory, n)).FirstOrDefault();

    /// <summary>Undoes the swap a dead run's journal (or pointer) records; false when it is not a journal DossierGen can read.</summary>
    private static bool RecoverJournal(string path)
    {
        var journal = SwapJournal.Read(path);
        if (journal is null)
        {
            return false;
        }

        if (journal.Main is { } main)
        {
            // A pointer: the swap is recorded in the main journal, deleted before its pointers, so
            // without it the swap was committed or undone already.
            if (FileEntry.LinkKindOf(main) == EntryKind.RegularFile && Path.GetFileName(main) == Path.GetFileName(path) && !RecoverJournal(main))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }

        // The main journal lives in the first entry's output folder, here, whatever spelling of its
        // path that run used. Other output folders are touched only when they hold a pointer to
        // this journal, so a stray journal cannot reach beyond its own folder.
        var here = Path.GetDirectoryName(path)!;
        var home = journal.Entries.Count > 0 ? journal.Entries[0].Directory : here;
        var name = Path.GetFileName(path);
        var pointers = journal.Entries.Select(e => e.Directory).Where(d => d != home).Distinct(StringComparer.Ordinal)
            .Select(d => Path.Combine(d, name))
            .Where(p => SwapJournal.Read(p) is { Main: { } m } pointer && Path.GetFileName(m) == name && pointer.Owner == journal.Owner)
            .ToList();
        var covered = pointers.Select(p => Path.GetDirectoryName(p)!).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in journal.Entries.Reverse())
        {
            if (entry.Directory == home)
            {
                FolderSwap.Undo(entry with { Directory = here }, journal.Owner);
            }
            else if (covered.Contains(entry.Directory))
            {
                FolderSwap.Undo(entry, journal.Owner);
            }
        }

        File.Delete(path);
        foreach (var pointer in pointers)
        {
            File.Delete(pointer);
        }

        return true;
    }

    private static List<string> HiddenNames(string directory) =>
        [.. Directory.EnumerateFileSystemEntries(directory, ".*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false }).Select(p => Path.GetFileName(p))];
}

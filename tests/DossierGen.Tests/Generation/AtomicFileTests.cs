using System.Diagnostics;
using DossierGen.Diagnostics;
using DossierGen.FileSystem;
using DossierGen.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation;

public sealed class AtomicFileTests
{
    [Fact]
    public void WritesAndReplacesAFileLeavingNoTemporaryFileBehind()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("sub/out.docx");
        var diagnostics = new DiagnosticBag();

        Assert.True(AtomicFile.Write(path, [1, 2, 3], diagnostics));
        Assert.True(AtomicFile.Write(path, [4, 5], diagnostics));

        Assert.Equal([4, 5], File.ReadAllBytes(path));
        Assert.Equal(["out.docx"], Directory.EnumerateFiles(scratch.File("sub")).Select(Path.GetFileName));
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void AFailedWriteLeavesTheOldFileAsItWasAndSaysWhy()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("out.docx");
        File.WriteAllBytes(path, [1, 2, 3]);
        // The temporary file's name is taken by a folder, so writing it fails before the target is touched.
        Directory.CreateDirectory(scratch.File($".out.docx.tmp-{Environment.ProcessId}"));
        var diagnostics = new DiagnosticBag();

        Assert.False(AtomicFile.Write(path, [9], diagnostics));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.StartsWith($"{path}(1,1): error DG3007: cannot write", Assert.Single(diagnostics.Sorted()).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkPlantedAtTheTemporaryNameIsNotWrittenThrough()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("victim.txt"), "precious");
        File.CreateSymbolicLink(scratch.File($".out.docx.tmp-{Environment.ProcessId}"), scratch.File("victim.txt"));

        Assert.True(AtomicFile.Write(scratch.File("out.docx"), [7], new DiagnosticBag()));

        Assert.Equal("precious", File.ReadAllText(scratch.File("victim.txt")));
        Assert.Equal([7], File.ReadAllBytes(scratch.File("out.docx")));
    }

    [Fact]
    public void ASymbolicLinkAtThePathIsRefusedAndNeitherItNorItsTargetChanges()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("elsewhere.docx"), "theirs");
        File.CreateSymbolicLink(scratch.File("out.docx"), scratch.File("elsewhere.docx"));

        var diagnostic = Refused(scratch.File("out.docx"));

        Assert.Contains("symbolic link", diagnostic, StringComparison.Ordinal);
        Assert.Equal(scratch.File("elsewhere.docx"), new FileInfo(scratch.File("out.docx")).LinkTarget);
        Assert.Equal("theirs", File.ReadAllText(scratch.File("elsewhere.docx")));
    }

    [Fact]
    public void AFifoAtThePathIsRefusedAndStaysAFifo()
    {
        using var scratch = new TemporaryDirectory();
        var fifo = MakeFifo(scratch.File("out.docx"));

        var diagnostic = Refused(fifo);

        Assert.Contains("device, FIFO or socket", diagnostic, StringComparison.Ordinal);
        Assert.Equal(EntryKind.Pipe, FileEntry.LinkKindOf(fifo));
    }

    [Fact]
    public void AFolderAtThePathIsRefused()
    {
        using var scratch = new TemporaryDirectory();
        Directory.CreateDirectory(scratch.File("out.docx"));

        Assert.Contains("a folder", Refused(scratch.File("out.docx")), StringComparison.Ordinal);
    }

    [Fact]
    public void EntryKindsTellRegularFilesFoldersLinksAndDevicesApart()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("file"), "x");
        File.CreateSymbolicLink(scratch.File("link"), scratch.File("file"));
        File.CreateSymbolicLink(scratch.File("dangling"), scratch.File("missing"));

        Assert.Equal(EntryKind.RegularFile, FileEntry.LinkKindOf(scratch.File("file")));
        Assert.Equal(EntryKind.Directory, FileEntry.LinkKindOf(scratch.Path));
        Assert.Equal(EntryKind.SymbolicLink, FileEntry.LinkKindOf(scratch.File("link")));
        Assert.Equal(EntryKind.SymbolicLink, FileEntry.LinkKindOf(scratch.File("dangling")));
        Assert.Equal(EntryKind.Missing, FileEntry.LinkKindOf(scratch.File("missing")));
        Assert.Equal(EntryKind.Missing, FileEntry.LinkKindOf(scratch.File("file/below")));
        Assert.Equal(EntryKind.Device, FileEntry.LinkKindOf("/dev/null"));
        Assert.Equal(EntryKind.RegularFile, FileEntry.KindOf(scratch.File("link")));
        Assert.Equal(EntryKind.Missing, FileEntry.KindOf(scratch.File("dangling")));
    }

    /// <summary>A FIFO made with mkfifo, the non-regular file any user can create.</summary>
    internal static string MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    private static string Refused(string path)
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(AtomicFile.Write(path, [9], diagnostics));

        var diagnostic = Assert.Single(diagnostics.Sorted()).ToString();
        Assert.StartsWith($"{path}(1,1): error DG3015:", diagnostic, StringComparison.Ordinal);
        return diagnostic;
    }
}

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

        AtomicFile.Write(path, [1, 2, 3]);
        AtomicFile.Write(path, [4, 5]);

        Assert.Equal([4, 5], File.ReadAllBytes(path));
        Assert.Equal(["out.docx"], Directory.EnumerateFiles(scratch.File("sub")).Select(Path.GetFileName));
    }

    [Fact]
    public void AFailedWriteLeavesTheOldFileAsItWas()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("out.docx");
        File.WriteAllBytes(path, [1, 2, 3]);
        // The temporary file's name is taken by a folder, so writing it fails before the target is touched.
        Directory.CreateDirectory(scratch.File($".out.docx.tmp-{Environment.ProcessId}"));

        var error = Record.Exception(() => AtomicFile.Write(path, [9]));

        // The two exceptions every caller turns into a DG3007 diagnostic.
        Assert.True(error is IOException or UnauthorizedAccessException, error?.ToString());

        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
    }
}

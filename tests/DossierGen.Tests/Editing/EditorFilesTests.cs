using System.Text;
using DossierGen.Diagnostics;
using DossierGen.Editing;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Editing;

/// <summary>A save writes the whole file or nothing, and never over a file that changed on disk since it was opened.</summary>
public sealed class EditorFilesTests
{
    [Fact]
    public void ASaveReplacesTheFileItOpenedAndReturnsTheNewHash()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("change.yaml");
        File.WriteAllText(path, "format: dossiergen/change@1\nid: A # kept\n");
        var opened = EditorFiles.Open(path, new DiagnosticBag())!;

        var result = EditorFiles.Save(path, opened.Hash, "format: dossiergen/change@1\nid: B # kept\n");

        Assert.Equal(SaveOutcome.Saved, result.Outcome);
        Assert.Equal("format: dossiergen/change@1\nid: B # kept\n", File.ReadAllText(path));
        Assert.Equal(EditorFiles.HashOf(File.ReadAllBytes(path)), result.Hash);
        Assert.Single(Directory.GetFiles(scratch.Path));
    }

    [Fact]
    public void AFileChangedOnDiskSinceItWasOpenedIsNotOverwritten()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("change.yaml");
        File.WriteAllText(path, "id: A\n");
        var opened = EditorFiles.Open(path, new DiagnosticBag())!;
        File.WriteAllText(path, "id: changed elsewhere\n");

        var result = EditorFiles.Save(path, opened.Hash, "id: B\n");

        Assert.Equal(SaveOutcome.Conflict, result.Outcome);
        Assert.Equal(DiagnosticCodes.EditorConflict, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("id: changed elsewhere\n", File.ReadAllText(path));
        Assert.Equal(EditorFiles.HashOf(File.ReadAllBytes(path)), result.Hash);
    }

    [Fact]
    public void ANewFileIsNotSavedOverOneThatAppearedMeanwhileNorADeletedOneRecreatedSilently()
    {
        using var scratch = new TemporaryDirectory();
        var fresh = scratch.File("new.yaml");
        var deleted = scratch.File("gone.yaml");
        File.WriteAllText(deleted, "id: A\n");
        var openedFresh = EditorFiles.Open(fresh, new DiagnosticBag())!;
        var openedDeleted = EditorFiles.Open(deleted, new DiagnosticBag())!;
        File.WriteAllText(fresh, "id: someone else's\n");
        File.Delete(deleted);

        Assert.Equal(EditorFiles.Absent, openedFresh.Hash);
        Assert.Equal(SaveOutcome.Conflict, EditorFiles.Save(fresh, openedFresh.Hash, "id: mine\n").Outcome);
        Assert.Equal(SaveOutcome.Conflict, EditorFiles.Save(deleted, openedDeleted.Hash, "id: mine\n").Outcome);
        Assert.Equal("id: someone else's\n", File.ReadAllText(fresh));
        Assert.False(File.Exists(deleted));
    }

    [Fact]
    public void AByteOrderMarkIsKeptAndASymbolicLinkIsNotWrittenThrough()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("bom.yaml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("id: A\n")]);
        var opened = EditorFiles.Open(path, new DiagnosticBag())!;
        var target = scratch.File("target.yaml");
        File.WriteAllText(target, "id: T\n");
        var link = scratch.File("link.yaml");
        File.CreateSymbolicLink(link, target);

        var saved = EditorFiles.Save(path, opened.Hash, "id: B\n", opened.HasByteOrderMark);
        var refused = EditorFiles.Save(link, EditorFiles.HashOf(File.ReadAllBytes(target)), "id: L\n");

        Assert.Equal("id: A\n", opened.Text);
        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("id: B\n")], File.ReadAllBytes(path));
        Assert.Equal(SaveOutcome.Failed, refused.Outcome);
        Assert.Equal("id: T\n", File.ReadAllText(target));
    }

    [Fact]
    public void SavingFormValuesKeepsTheFilesCommentsAndRefusesAFileChangedMeanwhile()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("change.yaml");
        File.WriteAllText(path, "# the change\nformat: dossiergen/change@1\nid: A   # kept\n");
        var opened = EditorFiles.Open(path, new DiagnosticBag())!;
        var values = System.Text.Json.Nodes.JsonNode.Parse("""{"format": "dossiergen/change@1", "id": "B", "title": "T"}""")!.AsObject();

        var saved = FormSave.Save(path, opened.Hash, values);
        var stale = FormSave.Save(path, opened.Hash, values);

        Assert.Equal(SaveOutcome.Saved, saved.Outcome);
        Assert.Equal("# the change\nformat: dossiergen/change@1\nid: B   # kept\ntitle: T\n", File.ReadAllText(path));
        Assert.Equal(SaveOutcome.Conflict, stale.Outcome);
    }

    [Fact]
    public void AFileTheFormCannotWriteIntoIsLeftAsItIs()
    {
        using var scratch = new TemporaryDirectory();
        var path = scratch.File("list.yaml");
        File.WriteAllText(path, "- a\n");
        var opened = EditorFiles.Open(path, new DiagnosticBag())!;

        var result = FormSave.Save(path, opened.Hash, []);

        Assert.Equal(SaveOutcome.Failed, result.Outcome);
        Assert.Equal(DiagnosticCodes.EditorNotRoundTrippable, Assert.Single(result.Diagnostics).Code);
        Assert.Equal("- a\n", File.ReadAllText(path));
    }
}

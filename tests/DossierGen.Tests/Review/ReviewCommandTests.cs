using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

public sealed class ReviewCommandTests
{
    [Fact]
    public void TextconvPrintsHeadingsTablesListsAndFootnotesOneLineEach()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllBytes(scratch.File("memo.docx"), ExampleDossiers.Document("aav-ds-site-transfer", "/assessment.docx"));

        var run = CliRun.Invoke("textconv", scratch.File("memo.docx"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\n# Regulatory assessment: HBG-CC-2026-031\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("\n| C1 | Replace the drug-substance manufacturing site (upstream, downstream and DS fill) | PAS (verify) | II (Q.I.a.1.d) (verify) | PCA (verify) |\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("\n- info (C1): A new manufacturing facility usually needs a pre-license inspection", run.Out, StringComparison.Ordinal);
        Assert.Contains("\n[^4]: FDA-SITE-MFG-NEW (verify): 21 CFR 601.12", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void DiffShowsWhatChangedBetweenTwoDocuments()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllBytes(scratch.File("a.docx"), ExampleDossiers.Document("aav-dp-shelf-life-extension", "/EU/1.2-application-form.docx"));
        File.WriteAllBytes(scratch.File("b.docx"), ExampleDossiers.Document("aav-dp-shelf-life-extrapolated", "/EU/1.2-application-form.docx"));

        var run = CliRun.Invoke("diff", scratch.File("a.docx"), scratch.File("b.docx"), "--exit-code");
        var same = CliRun.Invoke("diff", scratch.File("a.docx"), scratch.File("a.docx"), "--exit-code");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("- | Type of application | ☐ Type IA-IN, ☐ Type IA, ☒ Type IB, ☐ Type II |", run.Out, StringComparison.Ordinal);
        Assert.Contains("+ | Type of application | ☐ Type IA-IN, ☐ Type IA, ☐ Type IB, ☒ Type II |", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, same.ExitCode);
        Assert.Equal("no differences in the text\n", same.Out);
    }

    [Fact]
    public void TextconvOfAFileThatIsNotWordIsAUsageErrorWithoutStackTrace()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("x.docx"), "not a zip");

        var run = CliRun.Invoke("textconv", scratch.File("x.docx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG3008", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void InitWiresGitAndWritesAStarterThatValidatesAndLeavesExistingFilesAlone()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File(".gitattributes"), "*.png binary\n");

        var first = CliRun.Invoke("init", scratch.Path);
        var second = CliRun.Invoke("init", scratch.Path);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal("*.png binary\n*.docx diff=dossiergen\n", File.ReadAllText(scratch.File(".gitattributes")));
        Assert.Contains("git config diff.dossiergen.textconv \"dossiergen textconv\"", first.Out, StringComparison.Ordinal);
        Assert.Contains("exists, left as it is", second.Out, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Invoke("validate", scratch.File("changes/CC-0001/change.yaml"), scratch.File("dossiergen.yaml")).ExitCode);
    }

    [Fact]
    public void InitIntoAFileIsALocatedErrorWithoutStackTrace()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("taken"), "a file");

        var run = CliRun.Invoke("init", scratch.File("taken"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{scratch.File("taken")}(1,1): error DG3007: cannot set up", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal("a file", File.ReadAllText(scratch.File("taken")));
    }

    [Fact]
    public void InitWhereAFolderItWritesIsAFileIsALocatedErrorAndWritesNothing()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("changes"), "a file");
        var before = scratch.Snapshot();

        var run = CliRun.Invoke("init", scratch.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("product.yaml(1,1): error DG3007", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, scratch.Snapshot());
    }

    [Fact]
    public void InitWritesNothingWhenAFileItWouldChangeIsASymbolicLink()
    {
        using var scratch = new TemporaryDirectory();
        Directory.CreateDirectory(scratch.File("repo"));
        File.WriteAllText(scratch.File("shared.gitattributes"), "*.png binary\n");
        File.CreateSymbolicLink(scratch.File("repo/.gitattributes"), scratch.File("shared.gitattributes"));
        var before = scratch.Snapshot();

        var run = CliRun.Invoke("init", scratch.File("repo"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{scratch.File("repo/.gitattributes")}(1,1): error DG3015:", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, scratch.Snapshot());
        Assert.NotNull(new FileInfo(scratch.File("repo/.gitattributes")).LinkTarget);
    }

    [Fact]
    public void BatchGeneratesTheOthersWhenOneChangeFailsAndSaysSo()
    {
        using var scratch = new TemporaryDirectory();
        foreach (var example in new[] { "aav-ds-site-transfer", "cart-il2-supplier-change" })
        {
            Directory.CreateDirectory(scratch.File(example));
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Examples, example), "*.yaml"))
            {
                File.Copy(file, scratch.File(Path.Combine(example, Path.GetFileName(file))));
            }
        }

        Directory.CreateDirectory(scratch.File("broken"));
        File.Copy(Path.Combine(RepositoryPaths.TestInputs, "Malformed", "unknown-key.yaml"), scratch.File("broken/change.yaml"));
        File.Copy(Path.Combine(RepositoryPaths.TestInputs, "Malformed", "product.yaml"), scratch.File("broken/product.yaml"));

        var run = CliRun.Invoke("batch", scratch.Path, "-o", scratch.File("out"), "--jobs", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("2 of 3 change file(s) generated, 1 failed", run.Out, StringComparison.Ordinal);
        Assert.Contains("error DG1101", run.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(scratch.File("out/HBG-CC-2026-031/manifest.json")));
        Assert.True(File.Exists(scratch.File("out/KST-CC-2026-058/manifest.json")));
    }
}

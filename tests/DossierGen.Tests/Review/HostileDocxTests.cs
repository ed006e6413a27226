using System.Diagnostics;
using DossierGen.Tests.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Review;

/// <summary>
/// Hostile Word documents given to textconv, diff and redline: each is refused with DG3008 naming
/// the part at fault (exit 2, no stack trace, nothing written), or read. A generous timeout only
/// stops a hang; speed is measured in benchmarks, not here.
/// </summary>
public sealed class HostileDocxTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);
    private static readonly string CorpusFolder = Path.Combine(RepositoryPaths.TestInputs, "HostileDocx");

    public static TheoryData<string> Recipes() => [.. HostileDocx.Small.Concat(HostileDocx.Large).Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Recipes))]
    public async Task EveryHostileDocumentIsRefusedNamingItsPartOrReadByTextconvDiffAndRedline(string name)
    {
        var recipe = HostileDocx.Small.Concat(HostileDocx.Large).Single(r => r.Name == name);
        using var scratch = new TemporaryDirectory();
        File.WriteAllBytes(scratch.File("good.docx"), new MinimalDocx().Zip());
        File.WriteAllBytes(scratch.File("hostile.docx"), recipe.Build());
        string[][] commands =
        [
            ["textconv", scratch.File("hostile.docx")],
            ["diff", scratch.File("good.docx"), scratch.File("hostile.docx")],
            ["diff", scratch.File("hostile.docx"), scratch.File("good.docx")],
            ["redline", scratch.File("good.docx"), scratch.File("hostile.docx"), "-o", scratch.File("new.redline.docx")],
            ["redline", scratch.File("hostile.docx"), scratch.File("good.docx"), "-o", scratch.File("old.redline.docx")],
        ];

        foreach (var command in commands)
        {
            var (run, allocated) = await Guarded(command);

            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
            if (recipe.Part is null)
            {
                Assert.True(run.ExitCode == 0, $"{string.Join(' ', command[..1])}: {run.Error}");
                continue;
            }

            Assert.Equal(2, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.Contains("hostile.docx(1,1): error DG3008: cannot read", line, StringComparison.Ordinal);
            Assert.Contains(recipe.Part, line, StringComparison.Ordinal);
            Assert.True(allocated < 256L << 20, $"{command[0]} allocated {allocated >> 20} MiB to refuse {name}");
        }

        if (recipe.Part is not null)
        {
            Assert.False(File.Exists(scratch.File("new.redline.docx")));
            Assert.False(File.Exists(scratch.File("old.redline.docx")));
        }
    }

    [Fact]
    public async Task AnExternalEntityIsNeverResolvedAndTheFileItNamesNeverShown()
    {
        using var scratch = new TemporaryDirectory();
        const string Secret = "SECRET-7f3a9c-DO-NOT-DISCLOSE";
        File.WriteAllText(scratch.File("secret.txt"), Secret);
        var doctype = $"<!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file://{scratch.File("secret.txt")}\">]>";
        File.WriteAllBytes(scratch.File("xxe.docx"), new MinimalDocx().Set("word/document.xml", HostileDocx.WithDoctype(doctype, "<w:p><w:r><w:t>&secret;</w:t></w:r></w:p>")).Zip());
        File.WriteAllBytes(scratch.File("good.docx"), new MinimalDocx().Zip());

        foreach (var command in new[] { new[] { "textconv", scratch.File("xxe.docx") }, ["diff", scratch.File("good.docx"), scratch.File("xxe.docx")], ["redline", scratch.File("good.docx"), scratch.File("xxe.docx"), "-o", scratch.File("r.docx")] })
        {
            var (run, _) = await Guarded(command);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("error DG3008", run.Error, StringComparison.Ordinal);
            Assert.Contains("word/document.xml: declares a DTD", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(Secret, run.Out + run.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EverySingleBitFlipOfARealDocumentIsRefusedOrRead()
    {
        // A seeded set of single-bit flips anywhere in a generated document: its zip headers, deflate data and checksums.
        using var scratch = new TemporaryDirectory();
        var original = ExampleDossiers.Document("aav-ds-site-transfer", "/US/1.2-cover-letter.docx");
        File.WriteAllBytes(scratch.File("good.docx"), original);
        var random = new Random(20261202);
        for (var trial = 0; trial < 200; trial++)
        {
            var flipped = (byte[])original.Clone();
            var bit = random.Next(flipped.Length * 8);
            flipped[bit / 8] ^= (byte)(1 << (bit % 8));
            File.WriteAllBytes(scratch.File("flipped.docx"), flipped);
            string[] command = trial % 4 == 0
                ? ["redline", scratch.File("good.docx"), scratch.File("flipped.docx"), "-o", scratch.File("r.docx")]
                : ["textconv", scratch.File("flipped.docx")];

            var (run, _) = await Guarded(command);

            Assert.True(run.ExitCode is 0 or 2, $"bit {bit} ({command[0]}): exit {run.ExitCode}: {run.Error}");
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.True(run.ExitCode == 0 || run.Error.Contains("error DG3008", StringComparison.Ordinal), run.Error);
        }
    }

    [Fact]
    public async Task AFolderAFifoAndDevZeroAreRefusedAtOnceAsNotRegularFiles()
    {
        using var scratch = new TemporaryDirectory();
        var candidates = new List<string> { scratch.Path };
        if (OperatingSystem.IsLinux())
        {
            candidates.Add("/dev/zero");
            using var mkfifo = Process.Start("mkfifo", scratch.File("pipe.docx"));
            await mkfifo.WaitForExitAsync();
            candidates.Add(scratch.File("pipe.docx"));
        }

        File.WriteAllBytes(scratch.File("good.docx"), new MinimalDocx().Zip());
        foreach (var path in candidates)
        {
            foreach (var command in new[] { new[] { "textconv", path }, ["diff", scratch.File("good.docx"), path], ["redline", path, scratch.File("good.docx"), "-o", scratch.File("r.docx")] })
            {
                var (run, _) = await Guarded(command);

                Assert.Equal(2, run.ExitCode);
                Assert.Contains("error DG3008", run.Error, StringComparison.Ordinal);
                Assert.Matches("not a regular file", run.Error);
            }
        }
    }

    [Fact]
    public async Task LargeDocumentsWithManyChangesAreDiffedAndRedlinedCorrectly()
    {
        using var scratch = new TemporaryDirectory();
        var old = HostileDocx.Paragraphs(30_000, edited: false);
        var @new = HostileDocx.Paragraphs(30_000, edited: true);
        File.WriteAllBytes(scratch.File("old.docx"), old);
        File.WriteAllBytes(scratch.File("new.docx"), @new);

        var (diff, _) = await Guarded(["diff", scratch.File("old.docx"), scratch.File("new.docx"), "--exit-code"]);
        var (redline, _) = await Guarded(["redline", scratch.File("old.docx"), scratch.File("new.docx"), "-o", scratch.File("r.docx")]);

        Assert.Equal(1, diff.ExitCode);
        Assert.Contains("+ Paragraph 7, revised of a long document.", diff.Out, StringComparison.Ordinal);
        Assert.Equal(0, redline.ExitCode);
        var document = File.ReadAllBytes(scratch.File("r.docx"));
        Assert.Equal(TrackedChanges.BodyText(@new), TrackedChanges.BodyText(TrackedChanges.AcceptAll(document)));
        Assert.Equal(TrackedChanges.BodyText(old), TrackedChanges.BodyText(TrackedChanges.RejectAll(document)));
    }

    [Fact]
    public void TheCommittedCorpusIsWhatTheBuilderMakes()
    {
        foreach (var recipe in HostileDocx.Small)
        {
            var path = Path.Combine(CorpusFolder, recipe.Name + ".docx");
            var bytes = recipe.Build();
            if (GoldenFile.Accepting)
            {
                Directory.CreateDirectory(CorpusFolder);
                File.WriteAllBytes(path, bytes);
                continue;
            }

            Assert.True(File.Exists(path), $"{path} is missing; run DOSSIERGEN_ACCEPT=1 dotnet test");
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{path} differs from its recipe; run DOSSIERGEN_ACCEPT=1 dotnet test");
        }

        Assert.Equal(
            HostileDocx.Small.Select(r => r.Name + ".docx").Order(StringComparer.Ordinal),
            Directory.EnumerateFiles(CorpusFolder, "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>Runs a command on a worker thread, stopping the test if it hangs; also what it allocated.</summary>
    private static async Task<(CliRun Run, long Allocated)> Guarded(string[] command) =>
        await Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var run = CliRun.Invoke(command);
            return (run, GC.GetAllocatedBytesForCurrentThread() - before);
        }).WaitAsync(HangGuard);
}

using System.Text.Json;
using DossierGen.Generation.Ectd;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation.Ectd;

/// <summary>
/// <c>generate --layout ectd</c> writes the eCTD v3.2.2 tree: the regional Module 1 folders and
/// Module 3 under the ICH Appendix 4 folder and file names (fact base 11.1), checked against the
/// ICH folder names written out here rather than against the code's catalogue.
/// </summary>
public sealed class EctdLayoutCommandTests
{
    /// <summary>Appendix 4 folders of the leaves a CMC change touches, relative to m3/.</summary>
    private static readonly HashSet<string> IchFolders = new(
    [
        "32-body-data/32s-drug-sub/substance-1-manufacturer-1/32s2-manuf",
        "32-body-data/32s-drug-sub/substance-1-manufacturer-1/32s4-contr-drug-sub/32s41-spec",
        "32-body-data/32s-drug-sub/substance-1-manufacturer-1/32s4-contr-drug-sub/32s42-analyt-proc",
        "32-body-data/32s-drug-sub/substance-1-manufacturer-1/32s4-contr-drug-sub/32s43-val-analyt-proc",
        "32-body-data/32s-drug-sub/substance-1-manufacturer-1/32s4-contr-drug-sub/32s44-batch-analys",
        "32-body-data/32s-drug-sub/substance-1-manufacturer-1/32s4-contr-drug-sub/32s45-justif-spec",
        "32-body-data/32s-drug-sub/substance-1-manufacturer-1/32s6-cont-closure-sys",
        "32-body-data/32s-drug-sub/substance-1-manufacturer-1/32s7-stab",
        "32-body-data/32p-drug-prod/product-1/32p1-desc-comp",
        "32-body-data/32p-drug-prod/product-1/32p2-pharm-dev",
        "32-body-data/32p-drug-prod/product-1/32p3-manuf",
        "32-body-data/32p-drug-prod/product-1/32p5-contr-drug-prod/32p51-spec",
        "32-body-data/32p-drug-prod/product-1/32p5-contr-drug-prod/32p52-analyt-proc",
        "32-body-data/32p-drug-prod/product-1/32p5-contr-drug-prod/32p53-val-analyt-proc",
        "32-body-data/32p-drug-prod/product-1/32p5-contr-drug-prod/32p54-batch-analys",
        "32-body-data/32p-drug-prod/product-1/32p5-contr-drug-prod/32p56-justif-spec",
        "32-body-data/32p-drug-prod/product-1/32p7-cont-closure-sys",
        "32-body-data/32p-drug-prod/product-1/32p8-stab",
        "32-body-data/32a-app/32a1-fac-equip",
        "32-body-data/32a-app/32a2-advent-agent",
        "32-body-data/32r-reg-info",
    ], StringComparer.Ordinal);

    [Fact]
    public void TheEctdLayoutWritesTheIchTreeWithRegionalModule1Folders()
    {
        using var output = new TemporaryDirectory();

        var run = CliRun.Invoke("generate", Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "change.yaml"), "-o", output.Path, "--layout", "ectd");

        Assert.Equal(0, run.ExitCode);
        var root = output.File("HBG-CC-2026-031");
        foreach (var (region, document) in new[] { ("us", "1.2-cover-letter"), ("us", "1.1-form-fda-356h"), ("eu", "1.2-application-form"), ("jp", "1-partial-change-application") })
        {
            Assert.True(File.Exists(Path.Combine(root, "m1", region, document + ".docx")), $"{region}/{document}");
        }

        Assert.True(File.Exists(Path.Combine(root, "m3", "32-body-data", "32s-drug-sub", "substance-1-manufacturer-1", "32s2-manuf", "manuf-process-development.docx")));
        Assert.True(File.Exists(Path.Combine(root, "m3", "32-body-data", "32a-app", "32a1-fac-equip", "facilities-and-equipment-report-1.docx")));
        Assert.Equal(["assessment.docx", "assessment.json", "assessment.md", "manifest.json"], Directory.EnumerateFiles(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["m1", "m3"], Directory.EnumerateDirectories(root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "manifest.json")));
        Assert.Equal("ectd", manifest.RootElement.GetProperty("layout").GetString());
    }

    [Fact]
    public void EveryModule3FolderOfEveryExampleIsAnIchFolder()
    {
        using var output = new TemporaryDirectory();
        // One run per example: two examples may share a change id, which one run refuses.
        foreach (var example in Directory.EnumerateDirectories(RepositoryPaths.Examples).Order(StringComparer.Ordinal))
        {
            var run = CliRun.Invoke("generate", Path.Combine(example, "change.yaml"), "-o", Path.Combine(output.Path, Path.GetFileName(example)), "--layout", "ectd");
            Assert.Equal(0, run.ExitCode);
        }

        var documents = Directory.EnumerateFiles(output.Path, "*.docx", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(output.Path, p).Replace('\\', '/')).ToList();
        var module3 = documents.Select(p => string.Join('/', p.Split('/')[2..])).Where(p => p.StartsWith("m3/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(module3);
        Assert.All(module3, path =>
        {
            var folder = path["m3/".Length..path.LastIndexOf('/')];
            Assert.Contains(folder, IchFolders);
            Assert.Contains(IchSections.All, s => s.EctdPath + ".docx" == path);
        });
    }

    [Fact]
    public void AnEctdDossierIsReplacedByTheNextGenerateInEitherLayout()
    {
        using var output = new TemporaryDirectory();
        var change = Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "change.yaml");
        Assert.Equal(0, CliRun.Invoke("generate", change, "-o", output.Path, "--layout", "ectd").ExitCode);

        // A regenerate in the same layout replaces the folder: the manifest guard knows it as DossierGen's.
        Assert.Equal(0, CliRun.Invoke("generate", change, "-o", output.Path, "--layout", "ectd").ExitCode);
        var back = CliRun.Invoke("generate", change, "-o", output.Path);

        Assert.Equal(0, back.ExitCode);
        Assert.False(Directory.Exists(output.File("HBG-CC-2026-031/m3")));
        Assert.True(File.Exists(output.File("HBG-CC-2026-031/M3/3.2.S.2.6-manuf-process-development.docx")));
    }

    [Fact]
    public void AnUnknownLayoutIsAUsageError()
    {
        using var output = new TemporaryDirectory();

        var run = CliRun.Invoke("generate", Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer", "change.yaml"), "-o", output.Path, "--layout", "ctd");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(output.Snapshot());
    }
}

using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Examples;

/// <summary>Every example under examples/ is read as a user's change would be, so the README never rots.</summary>
public sealed class ExampleInputTests
{
    public static TheoryData<string> ExampleFolders => [.. ExampleNames()];

    private static IEnumerable<string> ExampleNames() =>
        Directory.EnumerateDirectories(RepositoryPaths.Examples).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Fact]
    public void ThereAreAtLeastTenExamples()
    {
        Assert.True(ExampleNames().Count() >= 10, $"only {ExampleNames().Count()} examples");
    }

    [Theory]
    [MemberData(nameof(ExampleFolders))]
    public void EveryExampleChangeReadsWithoutAFault(string example)
    {
        var diagnostics = new DiagnosticBag();

        var change = new ChangeFileReader(RepositoryPaths.RepositoryWorkspace.InputSources)
            .Read(Path.Combine(RepositoryPaths.Examples, example, "change.yaml"), diagnostics);

        Assert.Equal(0, diagnostics.Count);
        Assert.NotNull(change);
        Assert.NotEmpty(change.Changes);
    }

    [Theory]
    [MemberData(nameof(ExampleFolders))]
    public void EveryExampleSaysWhatItShows(string example)
    {
        var readme = Path.Combine(RepositoryPaths.Examples, example, "README.md");

        Assert.True(File.Exists(readme), $"{example} has no README.md");
        Assert.Contains(example, File.ReadAllText(Path.Combine(RepositoryPaths.Examples, "README.md")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExampleFolders))]
    public void EveryExampleFileNamesItsSchemaForEditors(string example)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Examples, example), "*.yaml"))
        {
            var first = File.ReadLines(file).First();
            Assert.StartsWith("# yaml-language-server: $schema=../../rules/schema/", first, StringComparison.Ordinal);
            var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first.Split('=')[1]));
            Assert.True(File.Exists(schema), $"{file} names {schema}, which does not exist");
        }
    }

    [Fact]
    public void ExamplesCoverEveryModalityFamilyStageAndMarket()
    {
        var changes = ExampleNames().Select(e => new ChangeFileReader(RepositoryPaths.RepositoryWorkspace.InputSources)
            .Read(Path.Combine(RepositoryPaths.Examples, e, "change.yaml"), new DiagnosticBag())!).ToList();
        var modalities = changes.Select(c => c.Product.Modality).ToHashSet();
        var stages = changes.SelectMany(c => c.Product.Markets.Where(m => c.Markets.Contains(m.Market)).Select(m => (m.Market, m.Stage))).ToHashSet();

        Assert.Superset(new HashSet<string> { "aav", "car-t-autologous", "cell-therapy-allogeneic" }, modalities);
        Assert.Contains(modalities, m => m is "lentiviral-vector" || changes.Any(c => c.MasterFiles.Any(f => f.File.CoveredItems.Contains("vector"))));
        foreach (var market in Enum.GetValues<Market>())
        {
            Assert.Contains((market, Stage.Marketed), stages);
            Assert.Contains((market, Stage.Clinical), stages);
        }
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using DossierGen.Tests.Support;
using DossierGen.Word;

namespace DossierGen.Tests.Generation;

/// <summary>
/// Every example generates a dossier whose documents pass the Open XML validator and the checks
/// it misses, whose Markdown twins, assessment JSON and normalised document.xml equal reviewed
/// goldens (examples/NAME/expected/dossier/), and whose manifest tells the truth.
/// </summary>
public sealed class GeneratedDossierTests
{
    public static TheoryData<string> Examples => [.. Directory.EnumerateDirectories(RepositoryPaths.Examples).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void EveryDocumentIsValidForWord(string example)
    {
        var problems = ExampleDossiers.For(example)
            .Where(f => f.RelativePath.EndsWith(".docx", StringComparison.Ordinal))
            .SelectMany(f => DocxChecker.Check(f.Content).Select(p => $"{f.RelativePath}: {p}"))
            .ToList();

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheDossierMatchesItsReviewedGoldens(string example)
    {
        var expected = Path.Combine(RepositoryPaths.Examples, example, "expected", "dossier");
        var produced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in ExampleDossiers.For(example))
        {
            var relative = file.RelativePath[(file.RelativePath.IndexOf('/', StringComparison.Ordinal) + 1)..];
            if (relative.EndsWith(".docx", StringComparison.Ordinal))
            {
                relative = relative[..^".docx".Length] + ".document.xml";
                GoldenFile.AssertMatches(Path.Combine(expected, relative), DocxXml.Part(file.Content));
            }
            else if (relative != "manifest.json")
            {
                GoldenFile.AssertMatches(Path.Combine(expected, relative), System.Text.Encoding.UTF8.GetString(file.Content));
            }
            else
            {
                continue;
            }

            produced.Add(relative);
        }

        var stale = Directory.Exists(expected)
            ? Directory.EnumerateFiles(expected, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(expected, p).Replace('\\', '/')).Where(p => !produced.Contains(p)).ToList()
            : [];
        if (GoldenFile.Accepting)
        {
            stale.ForEach(p => File.Delete(Path.Combine(expected, p)));
            return;
        }

        Assert.Empty(stale);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void TheManifestListsEveryFileWithItsHash(string example)
    {
        var files = ExampleDossiers.For(example);
        var manifest = JsonDocument.Parse(files.Single(f => f.RelativePath.EndsWith("/manifest.json", StringComparison.Ordinal)).Content);
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString()!, StringComparer.Ordinal);
        var actual = files.Where(f => !f.RelativePath.EndsWith("/manifest.json", StringComparison.Ordinal))
            .ToDictionary(f => f.RelativePath[(f.RelativePath.IndexOf('/', StringComparison.Ordinal) + 1)..], f => Convert.ToHexStringLower(SHA256.HashData(f.Content)), StringComparer.Ordinal);

        Assert.Equal(actual.OrderBy(p => p.Key, StringComparer.Ordinal), listed.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void GenerationGivesTheSameBytesWhateverTheCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var german = ExampleDossiers.Generate("cart-lentiviral-vector-cdmo-change");
            CultureInfo.CurrentCulture = new CultureInfo("ja-JP");
            var japanese = ExampleDossiers.Generate("cart-lentiviral-vector-cdmo-change");

            Assert.Equal(german.Select(f => f.RelativePath), japanese.Select(f => f.RelativePath));
            Assert.All(german.Zip(japanese), pair => Assert.True(pair.First.Content.AsSpan().SequenceEqual(pair.Second.Content), pair.First.RelativePath));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void JapaneseSummaryIsInJapaneseWithEastAsianRuns()
    {
        var summary = ExampleDossiers.For("aav-ds-site-transfer").Single(f => f.RelativePath.EndsWith("/JP/1-partial-change-application.docx", StringComparison.Ordinal));
        var xml = DocxXml.Part(summary.Content);

        Assert.Contains("一部変更承認申請", xml, StringComparison.Ordinal);
        Assert.Contains("w:hint=\"eastAsia\"", xml, StringComparison.Ordinal);
        Assert.Contains("w:eastAsia=\"ja-JP\"", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReferenceDocumentDefinesEveryStyleAndIsValid()
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, "reference.docx"));

        Assert.Empty(DocxChecker.Check(bytes));
        Assert.Superset(StyleIds.All.ToHashSet(), RepositoryTemplates.Set.Reference.StyleIds.ToHashSet());
    }
}

using System.Text;
using System.Text.RegularExpressions;
using DossierGen.Generation;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation;

/// <summary>
/// Module 3 is what a regulator reads, in the sponsor's voice and the same for every market: no
/// filing category, rule id, fact-base source id, verify flag, tool name or as-of date in any
/// example's Module 3 twin or document.xml (all of that is the assessment memo's), and one shared
/// set per change.
/// </summary>
public sealed partial class Module3VoiceTests
{
    /// <summary>Each market's filing categories as a writer would name them (from labels.yaml) and as codes.</summary>
    private static readonly string[] FilingCategories =
    [
        "Prior Approval Supplement", "(PAS)", "Changes Being Effected", "CBE-30", "CBE-0", "Annual Report", "IND information amendment", "New IND",
        "Type II", "Type IB", "Type IA", "IA-IN", "IA_IN", "Substantial modification", "Non-substantial modification", "substantial modification",
        "Partial change approval", "ichibu henko", "Minor change notification", "keibi henko", "Clinical trial plan change notification",
        "confirmation of a change plan", "Notification under a confirmed change plan", "一部変更", "軽微変更", "治験計画変更届", "filed in this market",
    ];

    public static TheoryData<string> Examples => [.. Directory.EnumerateDirectories(RepositoryPaths.Examples).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void NoModule3DocumentHoldsAnythingInternalOrRegional(string example)
    {
        var ruleIds = RepositoryRules.Set.All.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var module3 = ExampleDossiers.For(example).Where(IsModule3).ToList();
        Assert.NotEmpty(module3);
        var problems = new List<string>();
        foreach (var file in module3)
        {
            var text = file.RelativePath.EndsWith(".docx", StringComparison.Ordinal) ? DocxXml.Part(file.Content) : Encoding.UTF8.GetString(file.Content);
            problems.AddRange(RuleIdPattern().Matches(text).Select(m => m.Value).Where(ruleIds.Contains).Distinct().Select(id => $"{file.RelativePath}: rule id {id}"));
            problems.AddRange(SourceIdPattern().Matches(text).Select(m => $"{file.RelativePath}: source id {m.Value}").Distinct());
            problems.AddRange(EuCodePattern().Matches(text).Select(m => $"{file.RelativePath}: classification code {m.Value}").Distinct());
            problems.AddRange(new[] { "fact base", "verify", "DossierGen", "as of", "Rules applied" }.Concat(FilingCategories)
                .Where(word => text.Contains(word, StringComparison.OrdinalIgnoreCase))
                .Select(word => $"{file.RelativePath}: '{word}'"));
        }

        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ModuleThreeIsOneSharedSetAndNoMarketFolderHoldsAny(string example)
    {
        var files = ExampleDossiers.For(example);

        Assert.All(files.Where(IsModule3), f => Assert.Contains($"/{DossierPaths.Module3Folder}/", f.RelativePath, StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.RelativePath.Contains("/US/3.", StringComparison.Ordinal) || f.RelativePath.Contains("/EU/3.", StringComparison.Ordinal) || f.RelativePath.Contains("/JP/3.", StringComparison.Ordinal));
    }

    [Fact]
    public void TheSharedModule3IsTheSameBytesWhicheverMarketsAGenerationCovers()
    {
        // Two generations of one example give the same bytes: nothing of a market or the clock leaks in.
        var first = ExampleDossiers.Generate("aav-ds-site-transfer").Where(IsModule3).ToList();
        var second = ExampleDossiers.Generate("aav-ds-site-transfer").Where(IsModule3).ToList();

        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    private static bool IsModule3(GeneratedFile file) =>
        (file.RelativePath.EndsWith(".md", StringComparison.Ordinal) || file.RelativePath.EndsWith(".docx", StringComparison.Ordinal))
        && Path.GetFileName(file.RelativePath).StartsWith("3.", StringComparison.Ordinal);

    [GeneratedRegex(@"\b[A-Z]{2,5}(?:-[A-Z0-9]+)+\b")]
    private static partial Regex RuleIdPattern();

    [GeneratedRegex(@"\[S\d+\]|\\\[S\d+\\\]")]
    private static partial Regex SourceIdPattern();

    [GeneratedRegex(@"\b[BQE]\.(?:I|II|III|IV|V)\.[a-z]\.\d+")]
    private static partial Regex EuCodePattern();
}

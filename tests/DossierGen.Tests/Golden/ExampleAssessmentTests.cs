using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Golden;

/// <summary>
/// Every example's assessment JSON is a reviewed golden file (examples/NAME/expected/assessment.json).
/// Regenerate with DOSSIERGEN_ACCEPT=1 and review the diff against the fact base before committing.
/// </summary>
public sealed class ExampleAssessmentTests
{
    public static TheoryData<string> Examples => [.. Directory.EnumerateDirectories(RepositoryPaths.Examples).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    internal static ChangeAssessment AssessExample(string example)
    {
        var diagnostics = new DiagnosticBag();
        var change = new ChangeFileReader(RepositoryPaths.RepositoryWorkspace.InputSources).Read(Path.Combine(RepositoryPaths.Examples, example, "change.yaml"), diagnostics);
        Assert.NotNull(change);
        Assert.NotNull(change.ImplementationDate);
        return AssessmentEngine.Assess(change, RepositoryRules.Set, change.ImplementationDate.Value);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleAssessmentMatchesItsReviewedGolden(string example)
    {
        var json = AssessmentJsonWriter.Write(AssessExample(example));

        GoldenFile.AssertMatches(Path.Combine(RepositoryPaths.Examples, example, "expected", "assessment.json"), json);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void NoExampleChangeIsLeftUnclassified(string example)
    {
        var unclassified = AssessExample(example).Markets.SelectMany(m => m.Changes.Where(c => c.Unclassified).Select(c => $"{m.Market} {c.Change}"));

        Assert.Empty(unclassified);
    }
}

using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Inputs;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Generation;

/// <summary>Every example's dossier, generated once in-process for the tests that look at it.</summary>
internal static class ExampleDossiers
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<GeneratedFile>>> All = new(() =>
        Directory.EnumerateDirectories(RepositoryPaths.Examples).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)
            .ToDictionary(e => e, Generate, StringComparer.Ordinal));

    public static IReadOnlyList<GeneratedFile> For(string example) => All.Value[example];

    /// <summary>One generated file of an example, by the end of its path (for example "/EU/1.2-application-form.docx").</summary>
    public static byte[] Document(string example, string pathEnding) =>
        For(example).Single(f => f.RelativePath.EndsWith(pathEnding, StringComparison.Ordinal)).Content;

    public static IReadOnlyList<GeneratedFile> Generate(string example) => Generate(Assess(example));

    /// <summary>An example's assessment with the repository's rules, as of its implementation date.</summary>
    public static ChangeAssessment Assess(string example)
    {
        var diagnostics = new DiagnosticBag();
        var change = new ChangeFileReader(RepositoryPaths.RepositoryWorkspace.InputSources).Read(Path.Combine(RepositoryPaths.Examples, example, "change.yaml"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return AssessmentEngine.Assess(change!, RepositoryRules.Set, change!.ImplementationDate!.Value);
    }

    public static IReadOnlyList<GeneratedFile> Generate(ChangeAssessment assessment)
    {
        var diagnostics = new DiagnosticBag();
        var files = DossierGenerator.Generate(assessment, RepositoryTemplates.Set, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return files!;
    }
}

using DossierGen.Diagnostics;
using DossierGen.Templates;

namespace DossierGen.Tests.Support;

/// <summary>The repository's templates, compiled once for the whole test run.</summary>
internal static class RepositoryTemplates
{
    private static readonly Lazy<TemplateSet> Loaded = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        return TemplateSet.Load(RepositoryPaths.Templates, diagnostics)
            ?? throw new InvalidOperationException("the repository's templates do not load:\n" + string.Join("\n", diagnostics.Sorted()));
    });

    public static TemplateSet Set => Loaded.Value;
}

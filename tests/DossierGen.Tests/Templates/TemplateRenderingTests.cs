using System.Globalization;
using DossierGen.Diagnostics;
using DossierGen.Templates;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Templates;

/// <summary>How Scriban renders DossierGen's templates: truth as documented, invariant culture, no loop limit, render faults located.</summary>
public sealed class TemplateRenderingTests
{
    [Fact]
    public void NullFalseEmptyTextAndEmptyListsAreFalseInIfAndEverythingElseIsTrue()
    {
        var output = RenderAssessment("{{ empty = ''; none = []; nothing = null; text = 'x' }}{{ if empty }}1{{ else }}0{{ end }}{{ if none }}1{{ else }}0{{ end }}{{ if nothing }}1{{ else }}0{{ end }}{{ if hasVerify && false }}1{{ else }}0{{ end }}{{ if text }}1{{ else }}0{{ end }}{{ if markets }}1{{ else }}0{{ end }}{{ if doc.changeId }}1{{ else }}0{{ end }}", out var diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal("0000111", output);
    }

    [Fact]
    public void NumbersAreWrittenInTheInvariantCultureWhateverTheThreadsCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal("1.5 2500", RenderAssessment("{{ 1.5 }} {{ 2500 }}", out _));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ALoopHasNoCountLimitSoAFileOfThousandsOfChangesRenders()
    {
        var output = RenderAssessment("{{ for i in 1..2500 }}x{{ end }}", out var diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(new string('x', 2500), output);
    }

    [Fact]
    public void AFaultScribanMeetsWhileRenderingIsLocatedAndNothingIsReturned()
    {
        // A local variable is the template's own, so only rendering finds that a number has no members.
        var output = RenderAssessment("text\n{{ $n = 1 }}{{ $n.size }}", out var diagnostics);

        Assert.Null(output);
        var fault = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.TemplateWrongUse, fault.Code);
        Assert.Equal(2, fault.Location.Line);
        Assert.EndsWith(TemplateSet.AssessmentTemplate, fault.Location.Path, StringComparison.Ordinal);
    }

    /// <summary>Renders the probe as the assessment template of a copy of the shipped templates, with a real change's assessment model.</summary>
    private static string? RenderAssessment(string probe, out DiagnosticBag diagnostics)
    {
        using var scratch = new TemporaryDirectory();
        Folders.Copy(RepositoryPaths.Templates, scratch.Path);
        File.WriteAllText(Path.Combine(scratch.Path, TemplateSet.AssessmentTemplate), probe);
        diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(scratch.Path, diagnostics);
        Assert.True(templates is not null, string.Join("\n", diagnostics.Sorted()));
        var assessment = new UserTextChange().Assess();
        return templates.Render(TemplateSet.AssessmentTemplate, new DossierModelBuilder(templates.Labels).Assessment(assessment), diagnostics);
    }
}

using DossierGen.Tests.Support;

namespace DossierGen.Tests.Templates;

/// <summary><c>dossiergen templates lint</c>: every template fault located before anything renders, in branches no example takes too.</summary>
public sealed class TemplatesLintCommandTests
{
    /// <summary>A branch no change can take: a market cannot be clinical and marketed at once.</summary>
    private const string NeverTaken = "{{~ if doc.market.clinical && doc.market.stage == 'marketed' ~}}\n";

    [Fact]
    public void TheShippedTemplatesHaveNoFaultsAndAreCounted()
    {
        var count = Directory.EnumerateFiles(RepositoryPaths.Templates, "*.md.sbn", SearchOption.AllDirectories).Count();

        var run = CliRun.Invoke("templates", "lint", RepositoryPaths.Templates);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal($"{count} templates, no faults", run.Out.Trim());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void AnUnknownMemberInABranchNoExampleTakesIsFoundAtItsLineAndColumn()
    {
        using var scratch = CopyOfTemplates();
        var template = Plant(scratch, "sections/change-section.md.sbn", NeverTaken + "Product: {{ doc.product.nmae }}\n{{~ end ~}}\n");
        var (line, column) = Find(template, "nmae");

        var run = CliRun.Invoke("templates", "lint", scratch.File("templates"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{template}({line},{column}): error DG3003: the template uses 'doc.product.nmae', which the dossier model does not have: ProductModel has no member 'nmae' (did you mean 'name'?)", Assert.Single(run.ErrorLines));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void GenerateRefusesATemplateWithAnUnknownVariableInABranchNoChangeTakesAndWritesNothing()
    {
        using var scratch = CopyOfTemplates();
        var template = Plant(scratch, "sections/comparability.md.sbn", NeverTaken + "{{ doc.nonexistent }}\n{{~ end ~}}\n");
        AddChangeUsingTheCopy(scratch);
        var (line, column) = Find(template, "nonexistent");

        var run = CliRun.Invoke("generate", scratch.File("change.yaml"), "-o", scratch.File("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{template}({line},{column}): error DG3003: the template uses 'doc.nonexistent'", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(scratch.File("out")));
    }

    [Fact]
    public void AnUnknownMemberOfALoopItemInAPartialNamesTheNearestMember()
    {
        using var scratch = CopyOfTemplates();
        var partial = Plant(scratch, "partials/present-proposed.md.sbn", "{{~ for change in changes ~}}\n{{ change.sumary }}\n{{~ end ~}}\n");
        var (line, column) = Find(partial, "sumary");

        var run = CliRun.Invoke("templates", "lint", scratch.File("templates"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{partial}({line},{column}): error DG3003: the template uses 'change.sumary', which the dossier model does not have: ChangeModel has no member 'sumary' (did you mean 'summary'?)", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void TheAssessmentHasNoMarketSoItsTemplateCannotUseOne()
    {
        using var scratch = CopyOfTemplates();
        var template = Plant(scratch, "assessment.md.sbn", "{{ doc.market.name }}\n");

        var run = CliRun.Invoke("templates", "lint", scratch.File("templates"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{template}({Find(template, "market.name").Line},", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("DocumentModel has no member 'market'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ASyntaxErrorIsLocatedAndExitsTwoForLintAndGenerate()
    {
        using var scratch = CopyOfTemplates();
        var template = Plant(scratch, "sections/m1-us-cover-letter.md.sbn", "{{ doc.changeId + }}\n");
        AddChangeUsingTheCopy(scratch);
        var (line, column) = Find(template, "}}\n", from: "doc.changeId +");

        var lint = CliRun.Invoke("templates", "lint", scratch.File("templates"));
        var generate = CliRun.Invoke("generate", scratch.File("change.yaml"), "-o", scratch.File("out"));

        foreach (var run in new[] { lint, generate })
        {
            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"{template}({line},{column}): error DG3002: template syntax error: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        }

        Assert.False(Directory.Exists(scratch.File("out")));
    }

    [Fact]
    public void AnIncludeOfAPartialThatDoesNotExistIsLocatedAtTheIncludeWithTheNearestName()
    {
        using var scratch = CopyOfTemplates();
        var template = Plant(scratch, "sections/m1-eu-application-form.md.sbn", NeverTaken + "{{ include 'verify-note' }}\n{{~ end ~}}\n");
        var (line, column) = Find(template, "'verify-note'");

        var run = CliRun.Invoke("templates", "lint", scratch.File("templates"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{template}({line},{column}): error DG3004: the template includes partial 'verify-note', which does not exist", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.EndsWith("(did you mean 'verify-notes'?)", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void PartialsThatIncludeEachOtherAreACycle()
    {
        using var scratch = CopyOfTemplates();
        Plant(scratch, "partials/findings.md.sbn", "{{ include 'footnotes' }}\n");
        var footnotes = Plant(scratch, "partials/footnotes.md.sbn", "{{ include 'findings' }}\n");

        var run = CliRun.Invoke("templates", "lint", scratch.File("templates"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{footnotes}({Find(footnotes, "'findings'").Line},", StringComparison.Ordinal) && l.Contains("error DG3026: partial 'findings' includes itself: findings -> footnotes -> findings", StringComparison.Ordinal));
    }

    [Fact]
    public void ALoopOverTextAndAFunctionGivenTheWrongArgumentsAreWrongUses()
    {
        using var scratch = CopyOfTemplates();
        var template = Plant(scratch, "sections/change-section.md.sbn", NeverTaken + "{{ for letter in doc.changeId }}{{ letter }}{{ end }}\n{{ md doc.changeId doc.date }}\n{{~ end ~}}\n");

        var run = CliRun.Invoke("templates", "lint", scratch.File("templates"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            [
                $"{template}({Find(template, "doc.changeId }}").Line},{Find(template, "doc.changeId }}").Column}): error DG3025: for loops over a list, but 'doc.changeId' is text",
                $"{template}({Find(template, "md doc").Line},{Find(template, "md doc").Column}): error DG3025: md takes 1 argument, not 2",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void TemplatesCannotReadTheClock()
    {
        using var scratch = CopyOfTemplates();
        var template = Plant(scratch, "assessment.md.sbn", "{{ date.now }}\n");

        var run = CliRun.Invoke("templates", "lint", scratch.File("templates"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"{template}({Find(template, "date.now").Line},{Find(template, "date.now").Column}): error DG3003: the template uses 'date', which the dossier model does not have", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void AHandlebarsTemplateFromBeforeIsExplained()
    {
        using var scratch = CopyOfTemplates();
        var outline = scratch.File("templates/outline.yaml");
        File.WriteAllText(outline, File.ReadAllText(outline).Replace("sections/m1-us-cover-letter.md.sbn", "sections/m1-us-cover-letter.md.hbs", StringComparison.Ordinal));
        File.WriteAllText(scratch.File("templates/sections/m1-us-cover-letter.md.hbs"), "# {{doc.section.title}}\n");

        var run = CliRun.Invoke("templates", "lint", scratch.File("templates"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{scratch.File("templates/sections/m1-us-cover-letter.md.hbs")}(1,1): error DG3002: 'sections/m1-us-cover-letter.md.hbs' is a Handlebars template; DossierGen's templates are Scriban (.md.sbn) now: convert it and its partials as templates/README.md shows", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void AFolderWithNoTemplateIsAnErrorUnlessEmptyIsAllowed()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("notes.md"), "not a template\n");

        var refused = CliRun.Invoke("templates", "lint", scratch.Path);
        var allowed = CliRun.Invoke("templates", "lint", scratch.Path, "--allow-empty");

        Assert.Equal(2, refused.ExitCode);
        Assert.StartsWith($"{scratch.Path}(1,1): error DG3027: no template (outline.yaml or *.md.sbn) in ", Assert.Single(refused.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Equal("0 templates, no faults", allowed.Out.Trim());
    }

    [Fact]
    public void AFolderThatDoesNotExistIsAnError()
    {
        using var scratch = new TemporaryDirectory();

        var run = CliRun.Invoke("templates", "lint", scratch.File("no-such-folder"), "--allow-empty");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error DG1001: folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAFolderLintChecksTheFolderDossiergenYamlNames()
    {
        using var scratch = CopyOfTemplates();
        File.WriteAllText(scratch.File("dossiergen.yaml"), "format: dossiergen/config@1\ntemplates: templates\n");
        Plant(scratch, "partials/footnotes.md.sbn", "{{ citation }}\n");

        var run = CliRun.InvokeIn(scratch.Path, "templates", "lint");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("footnotes.md.sbn", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("error DG3003: the template uses 'citation'", run.Error, StringComparison.Ordinal);
        Assert.Contains("(did you mean 'citations'?)", run.Error, StringComparison.Ordinal);
    }

    private static TemporaryDirectory CopyOfTemplates()
    {
        var scratch = new TemporaryDirectory();
        Folders.Copy(RepositoryPaths.Templates, scratch.File("templates"));
        return scratch;
    }

    /// <summary>An example's change beside the copy, with a dossiergen.yaml that points generate at the copied templates.</summary>
    private static void AddChangeUsingTheCopy(TemporaryDirectory scratch)
    {
        File.WriteAllText(scratch.File("dossiergen.yaml"), $"format: dossiergen/config@1\nrules: {RepositoryPaths.Rules}\ntemplates: templates\n");
        var example = Path.Combine(RepositoryPaths.Examples, "aav-ds-site-transfer");
        File.Copy(Path.Combine(example, "change.yaml"), scratch.File("change.yaml"));
        File.Copy(Path.Combine(example, "product.yaml"), scratch.File("product.yaml"));
    }

    /// <summary>Appends text to a template of the scratch copy; returns the template's path.</summary>
    private static string Plant(TemporaryDirectory scratch, string template, string text)
    {
        var path = scratch.File(Path.Combine("templates", template));
        File.AppendAllText(path, text);
        return path;
    }

    /// <summary>The 1-based line and column of the last <paramref name="needle"/> in the file (after <paramref name="from"/>, when given).</summary>
    private static (int Line, int Column) Find(string path, string needle, string? from = null)
    {
        var text = File.ReadAllText(path);
        var start = from is null ? 0 : text.LastIndexOf(from, StringComparison.Ordinal);
        var index = from is null ? text.LastIndexOf(needle, StringComparison.Ordinal) : text.IndexOf(needle, start, StringComparison.Ordinal);
        var before = text[..index];
        return (before.Count(c => c == '\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }
}

using System.IO.Compression;
using DossierGen.Diagnostics;
using DossierGen.Word;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Comparability;

/// <summary>
/// The comparability section as a reviewer reads it (issue 12 item 4): the study's tables in the
/// issue's order, a native chart per quantitative attribute that passes the validator and the
/// project's checks, a conclusion that names what fails, the same bytes every run, and a chart
/// block a company template writes wrongly refused at its place.
/// </summary>
public sealed class ComparabilityDocumentTests
{
    [Theory]
    [InlineData("aav-ds-site-move-licensed-facility", "M3/3.2.S.2.6-manuf-process-development", 8)]
    [InlineData("cart-closed-automated-manufacture", "M3/3.2.P.2.3-manuf-process-development", 8)]
    [InlineData("aav-upstream-scale-up", "M3/3.2.S.2.6-manuf-process-development", 5)]
    public void EachQuantitativeAttributeIsANativeChartThatPassesTheChecksAndTheOutputIsDeterministic(string example, string document, int charts)
    {
        using var first = new TemporaryDirectory();
        using var second = new TemporaryDirectory();
        var change = Path.Combine(RepositoryPaths.Examples, example, "change.yaml");

        Assert.Equal(0, CliRun.Invoke("generate", change, "-o", first.Path).ExitCode);
        Assert.Equal(0, CliRun.Invoke("generate", change, "-o", second.Path).ExitCode);

        var docx = Directory.GetFiles(first.Path, Path.GetFileName(document) + ".docx", SearchOption.AllDirectories).Single(f => f.Replace('\\', '/').EndsWith(document + ".docx", StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(docx);
        Assert.Empty(DocxChecker.Check(bytes));
        Assert.Equal(bytes, File.ReadAllBytes(docx.Replace(first.Path, second.Path, StringComparison.Ordinal)));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var parts = zip.Entries.Where(e => e.FullName.StartsWith("word/charts/chart", StringComparison.Ordinal)).ToList();
        Assert.Equal(charts, parts.Count);
        using var reader = new StreamReader(parts[0].Open());
        var chart = reader.ReadToEnd();
        Assert.Contains("<c:symbol val=\"circle\"/>", chart, StringComparison.Ordinal);
        Assert.Contains("<c:symbol val=\"triangle\"/>", chart, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSectionHoldsTheStudyInTheIssuesOrderAndTheMarkdownTwinHasTheChartsAsTables()
    {
        using var output = new TemporaryDirectory();
        Assert.Equal(0, CliRun.Invoke("generate", Path.Combine(RepositoryPaths.Examples, "cart-closed-automated-manufacture", "change.yaml"), "-o", output.Path).ExitCode);

        var markdown = File.ReadAllText(Directory.GetFiles(output.Path, "3.2.P.2.3-manuf-process-development.md", SearchOption.AllDirectories).First());
        var order = new[] { "### Study design", "Table: Donor pairs", "### Lot genealogy", "### Acceptance criteria", "### Results", "Figure: Viability", "### Conclusion" }
            .Select(h => markdown.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.Contains("paired by donor", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("```dossiergen-chart", markdown, StringComparison.Ordinal);
        Assert.Contains("| D01 | 91.2 (OP-D01) | 92.0 (CL-D01) |", markdown, StringComparison.Ordinal);
        Assert.Contains("All 8 CQAs met their pre-specified acceptance criteria", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void AStudyThatFailsSaysSoPlainlyInTheSectionAndInTheMemo()
    {
        using var output = new TemporaryDirectory();
        Assert.Equal(0, CliRun.Invoke("generate", Path.Combine(RepositoryPaths.Examples, "aav-upstream-scale-up", "change.yaml"), "-o", output.Path).ExitCode);

        var section = File.ReadAllText(Directory.GetFiles(output.Path, "3.2.S.2.6-manuf-process-development.md", SearchOption.AllDirectories).First());
        var memo = File.ReadAllText(Directory.GetFiles(output.Path, "assessment.md", SearchOption.AllDirectories).Single());
        Assert.Contains("Comparability is not shown. 1 of 5 CQAs did not meet its pre-specified acceptance criterion: Full capsids (lots FR500-26-002, FR500-26-003 outside", section, StringComparison.Ordinal);
        Assert.Contains("| Verdict | not comparable | outside: FR500-26-002, FR500-26-003 |", section, StringComparison.Ordinal);
        Assert.Contains("| HBG-CMP-2026-012-01 | C1 | independent | 5/3 | 4 of 5 | not comparable | Full capsids (lots FR500-26-002, FR500-26-003 outside", memo, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("```dossiergen-chart\n[1, 2]\n```", DiagnosticCodes.ChartBlockMalformed, "must be a mapping")]
    [InlineData("```dossiergen-chart\ntitle: T\npoints: [{lot: A, group: pre, value: 1}]\ncolour: red\n```", DiagnosticCodes.ChartBlockKey, "line 3, column 1 of the block: unknown key 'colour'")]
    [InlineData("```dossiergen-chart\ntitle: T\npoints:\n  - {lot: A, group: before, value: 1}\n```", DiagnosticCodes.ChartBlockValue, "'group' must be pre or post, not 'before'")]
    [InlineData("```dossiergen-chart\ntitle: T\nlower: 5\nupper: 1\npoints: [{lot: A, group: pre, value: 1}]\n```", DiagnosticCodes.ChartBlockValue, "the lower limit 5 is above the upper limit 1")]
    public void AChartBlockACompanyTemplateWritesWronglyIsLocatedAtItsFenceAndNothingIsWritten(string block, string code, string message)
    {
        using var scratch = new TemporaryDirectory();
        Folders.Copy(RepositoryPaths.Rules, scratch.File("rules"));
        Folders.Copy(RepositoryPaths.Templates, scratch.File("templates"));
        Folders.Copy(Path.Combine(RepositoryPaths.Examples, "aav-upstream-scale-up"), scratch.File("example"));
        File.WriteAllText(scratch.File("dossiergen.yaml"), "format: dossiergen/config@1\nrules: rules\ntemplates: templates\n");
        var partial = scratch.File("templates/partials/comparability-study.md.sbn");
        File.AppendAllText(partial, "\nFigure: by hand\n\n" + block + "\n");
        var fence = File.ReadAllLines(partial).ToList().FindLastIndex(l => l.StartsWith("```dossiergen-chart", StringComparison.Ordinal)) + 1;
        var first = File.ReadAllLines(partial).ToList().FindIndex(l => l.StartsWith("```dossiergen-chart", StringComparison.Ordinal)) + 1;

        var run = CliRun.InvokeIn(scratch.Path, "generate", scratch.File("example/change.yaml"), "-o", scratch.File("out"));

        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(scratch.File("out")));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        var line = run.ErrorLines.First(l => l.Contains(code, StringComparison.Ordinal));
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.StartsWith($"{Path.Combine("templates", "partials", "comparability-study.md.sbn")}({first},1): error {code}", line.Replace(scratch.Path + Path.DirectorySeparatorChar, "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(fence >= first);
    }
}

using DossierGen.Diagnostics;
using DossierGen.Markdown.Charts;
using DossierGen.Word;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Word;

/// <summary>The dossiergen-chart block: read strictly with located faults, written back round-trip, drawn as a chart part the checks accept.</summary>
public sealed class ChartBlockTests
{
    private static readonly ChartData Chart = new("Titre", "vg/mL", 3, ByPair: false,
        [new ChartPoint("A-1", false, null, 1.21e13), new ChartPoint("A-2", false, null, 1.35e13), new ChartPoint("B-1", true, null, 1.3e13)], 1.0e13, 1.6e13);

    [Fact]
    public void WhatIsWrittenReadsBackTheSame()
    {
        var (read, problem) = ChartBlockReader.Read(ChartJson.Write(Chart));

        Assert.Null(problem);
        Assert.Equal(Chart with { Points = [] }, read! with { Points = [] });
        Assert.Equal(Chart.Points, read.Points);
    }

    [Theory]
    [InlineData("title: T\npoints: []", DiagnosticCodes.ChartBlockKey, 2, 9)]
    [InlineData("title: T\nby: pair\npoints: [{lot: A, group: pre, value: 1}]", DiagnosticCodes.ChartBlockKey, 3, 10)]
    [InlineData("title: T\npoints: [{lot: A, group: pre, value: .inf}]", DiagnosticCodes.ChartBlockValue, 2, 38)]
    [InlineData("title: [\n", DiagnosticCodes.ChartBlockMalformed, 2, 1)]
    public void AFaultIsReportedWithItsCodeAtItsPlaceInTheBlock(string body, string code, int line, int column)
    {
        var (chart, problem) = ChartBlockReader.Read(body);

        Assert.Null(chart);
        Assert.Equal(code, problem!.Code);
        Assert.Equal((line, column), (problem.Line, problem.Column));
    }

    [Fact]
    public void AChartBlockInMarkdownBecomesAChartPartThatPassesTheValidatorAndTheChecks()
    {
        var docx = Rendered.Docx("Figure: Titre by lot\n\n```dossiergen-chart\n" + ChartJson.Write(Chart) + "\n```\n\nText after.\n");

        Assert.Empty(DocxChecker.Check(docx));
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        Assert.NotNull(zip.GetEntry("word/charts/chart1.xml"));
        Assert.Equal(docx, Rendered.Docx("Figure: Titre by lot\n\n```dossiergen-chart\n" + ChartJson.Write(Chart) + "\n```\n\nText after.\n"));
    }
}

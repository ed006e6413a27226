using System.Text;
using DossierGen.Generation.Charts;
using DossierGen.Markdown;
using DossierGen.Markdown.Charts;
using DossierGen.Tests.Support;
using DossierGen.Word;
using Markdig.Syntax;

namespace DossierGen.Tests.Generation.Charts;

/// <summary>
/// What generation reads of a section's chart blocks serves the Word writer too, and the Markdown
/// twin built in chunks is the same UTF-8 as the text would be whole.
/// </summary>
public sealed class ChartBlocksReuseTests
{
    private static readonly ChartData Chart = new("Titre 𝛼", "vg/mL", 3, ByPair: false,
        [new ChartPoint("A-1", false, null, 1.21e13), new ChartPoint("A-2 𝛽", false, null, 1.35e13), new ChartPoint("B-1", true, null, 1.3e13)], 1.0e13, 1.6e13);

    private static string Section(string before, string after, ChartData? chart = null) =>
        before + "\n\nFigure: Titre\n\n```dossiergen-chart\n" + ChartJson.Write(chart ?? Chart) + "\n```\n\n" + after + "\n";

    [Fact]
    public void TheWordWriterFindsEveryBlockGenerationReadWithoutReadingItAgain()
    {
        var markdown = Section("# Results", "Text.") + Section("More", "End.", Chart with { Title = "Another" });
        var blocks = ChartBlocks.Read(markdown);
        var known = ChartBlocks.Known(blocks);

        var bodies = DossierMarkdown.Parse(markdown).Descendants<FencedCodeBlock>().Select(b => b.Lines.ToString()).ToList();

        Assert.Equal(2, bodies.Count);
        for (var i = 0; i < bodies.Count; i++)
        {
            // The very object generation read: found by the body as Markdig hands it to the writer.
            Assert.Same(blocks[i].Chart, known.Read(bodies[i]).Chart);
        }
    }

    [Fact]
    public void ABlockNotReadBeforeIsReadWhenDrawn()
    {
        var (chart, problem) = ReadCharts.None.Read(ChartJson.Write(Chart));

        Assert.Null(problem);
        Assert.Equal(Chart.Points, chart!.Points);
    }

    [Fact]
    public void TheDocumentIsTheSameWhetherItsChartsWereReadBeforeOrNot()
    {
        var markdown = Section("# Results", "Text.");

        var drawnFromRead = MarkdownToDocx.Convert(markdown, Rendered.Info, RepositoryTemplates.Set.Reference, ChartBlocks.Known(ChartBlocks.Read(markdown)));

        Assert.Equal(Rendered.Docx(markdown), drawnFromRead);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(17)]
    public void TheTwinIsValidUtf8OfTheWholeTextWhereverItsChunksCutASurrogatePair(int offset)
    {
        // Thousands of "a𝛼" put pairs across the builder's chunk boundaries, wherever they fall.
        var filler = new string('x', offset) + string.Concat(Enumerable.Repeat("a𝛼", 6000));
        var markdown = Section(filler, filler);

        var bytes = ChartBlocks.Twin(markdown, ChartBlocks.Read(markdown));

        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.StartsWith(filler, text, StringComparison.Ordinal);
        Assert.EndsWith(filler + "\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', text);
        Assert.Contains("| A-2 𝛽 |", text, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes);
    }
}

using System.Text;
using DossierGen.Markdown;
using Markdig.Renderers;
using Markdig.Syntax;

namespace DossierGen.Tests.Markdown;

/// <summary>Long tables are parsed in slices for speed; the document must be the one Markdig builds from the whole text.</summary>
public sealed class LongTablesTests
{
    private static string Html(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        DossierMarkdown.Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    private static string Table(int rows, string indent = "")
    {
        var text = new StringBuilder($"{indent}| Change | Present | Proposed |\n{indent}|:--|:-----|--:|\n");
        for (var i = 1; i <= rows; i++)
        {
            text.Append(indent).Append("| **C").Append(i).Append("** *site* `code` | a[^c").Append(i % 3 + 1).Append("] | \\| b |\n");
        }

        return text.ToString();
    }

    private static void AssertSameAsWhole(string markdown)
    {
        Assert.Equal(Html(Markdig.Markdown.Parse(markdown, DossierMarkdown.Pipeline)), Html(LongTables.Parse(markdown, DossierMarkdown.Pipeline)));
    }

    [Fact]
    public void ATableOfManySlicesParsesToTheTableMarkdigBuildsFromTheWholeText()
    {
        var markdown = "# Title\n\nText before.\n\n" + Table(LongTables.SliceRows * 3 + 7) + "\nText after.\n\n::: verify\n\n" + Table(LongTables.SliceRows + 1) + "\n:::\n\n"
            + "[^c1]: One.\n[^c2]: Two.\n[^c3]: Three.\n";

        var document = LongTables.Parse(markdown, DossierMarkdown.Pipeline);

        Assert.Equal(2, document.Descendants<Markdig.Extensions.Tables.Table>().Count());
        Assert.Equal(LongTables.SliceRows * 3 + 8, document.Descendants<Markdig.Extensions.Tables.Table>().First().Count);
        AssertSameAsWhole(markdown);
    }

    [Theory]
    [InlineData("```\n", "```\n")]
    [InlineData("<!--\n", "-->\n")]
    [InlineData("<pre>\n", "</pre>\n")]
    [InlineData("- item\n", "")]
    [InlineData("> quote\n>\n", "")]
    public void TableLinesThatAreNotATableAreLeftAsMarkdigReadsThem(string before, string after)
    {
        var lines = Table(LongTables.SliceRows + 5);
        var inside = before.StartsWith('>') ? string.Concat(lines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "> " + l + "\n")) : lines;

        AssertSameAsWhole(before + "\n" + inside + after + "\nText.\n");
        AssertSameAsWhole(before + inside + after);
    }

    [Theory]
    [InlineData(LongTables.SliceRows, true)]
    [InlineData(LongTables.SliceRows + 1, true)]
    [InlineData(LongTables.SliceRows * 2, true)]
    [InlineData(LongTables.SliceRows * 2, false)]
    [InlineData(LongTables.SliceRows * 2 + 1, false)]
    public void ATableThatStartsOrEndsTheTextParsesAsMarkdigReadsTheWholeText(int rows, bool endsWithNewLine)
    {
        var table = Table(rows);
        var markdown = endsWithNewLine ? table : table.TrimEnd('\n');

        AssertSameAsWhole(markdown);
        AssertSameAsWhole("Text.\n\n" + markdown);
        Assert.Equal(rows + 1, LongTables.Parse(markdown, DossierMarkdown.Pipeline).Descendants<Markdig.Extensions.Tables.Table>().Single().Count);
    }

    [Fact]
    public void ATableRightAfterTextIsNotSlicedAndParsesAsMarkdigReadsIt()
    {
        AssertSameAsWhole("Text right above.\n" + Table(LongTables.SliceRows + 3) + "\n" + Table(LongTables.SliceRows + 3));
    }

    [Fact]
    public void ATableOfThousandsOfBoldRowsIsParsedNotRefusedAsTooDeep()
    {
        // 5,500 changes made the present-and-proposed table this long: Markdig alone ran out of depth (exit 70).
        var document = DossierMarkdown.Parse(Table(6000));

        Assert.Equal(6001, document.Descendants<Markdig.Extensions.Tables.Table>().Single().Count);
    }
}

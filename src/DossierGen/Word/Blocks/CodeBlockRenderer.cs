using DossierGen.Markdown.Charts;
using DossierGen.Word.Charts;
using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>
/// Code blocks (rare in a dossier; kept for user narratives) as one Source Code paragraph per line;
/// a block without lines (an empty fence) is one empty line. A <c>dossiergen-chart</c> block is a
/// native Word chart instead (generation has checked it; one that does not read stays code).
/// </summary>
public sealed class CodeBlockRenderer : WordObjectRenderer<CodeBlock>
{
    protected override void Write(WordRenderer renderer, CodeBlock obj)
    {
        var lines = obj.Lines;
        if (obj is FencedCodeBlock { Info: ChartData.Info } && renderer.Charts.Read(lines.ToString()) is ({ } chart, null))
        {
            renderer.Content.Charts.Add(chart);
            var paragraph = renderer.OpenParagraph(StyleIds.BodyText);
            paragraph.Add(ChartDrawing.Run(renderer.Content.Charts.Count, renderer.TextWidth, $"Chart of {chart.Title} by {(chart.ByPair ? "donor" : "lot")}, pre- and post-change lots"));
            return;
        }

        renderer.OpenParagraph(StyleIds.SourceCode);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                renderer.OpenParagraph(StyleIds.SourceCode);
            }

            renderer.WriteText(lines.Lines[i].Slice.ToString());
        }
    }
}

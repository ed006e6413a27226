using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>
/// Code blocks (rare in a dossier; kept for user narratives) as one Source Code paragraph per line;
/// a block without lines (an empty fence) is one empty line.
/// </summary>
public sealed class CodeBlockRenderer : WordObjectRenderer<CodeBlock>
{
    protected override void Write(WordRenderer renderer, CodeBlock obj)
    {
        var lines = obj.Lines;
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

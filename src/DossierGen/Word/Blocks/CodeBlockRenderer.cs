using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>Code blocks (rare in a dossier; kept for user narratives) as one Source Code paragraph per line.</summary>
public sealed class CodeBlockRenderer : WordObjectRenderer<CodeBlock>
{
    protected override void Write(WordRenderer renderer, CodeBlock obj)
    {
        foreach (var line in obj.Lines.Lines.Take(obj.Lines.Count))
        {
            renderer.OpenParagraph(StyleIds.SourceCode);
            renderer.WriteText(line.Slice.ToString());
        }
    }
}
